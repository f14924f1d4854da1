/**
 * Ready-to-use German citations for the „Zitieren“ box: the statement, and a claim page of
 * this site. The access date („abgerufen am …“) is added where the reader copies them.
 */
import { isPlaceholder, operator, site } from '../site.config';
import { formatDate, quoted, ui } from '../strings';
import type { Claim, ResolvedSource } from './model';

/** Ends a citation part with a full stop, unless it already ends with one (also inside „…“). */
function sentence(text: string): string {
  return /[.?!]“?$/.test(text) ? text : `${text}.`;
}

/** „Microsoft Deutschland: <Titel>. Stellungnahme, August 2022. <URL>“ */
export function statementCitation(statement: ResolvedSource): string {
  const title = statement.title ?? statement.publisher;
  const when = statement.published ? `${ui.cite.statementKind}, ${statement.published}` : ui.cite.statementKind;
  return `${statement.publisher}: ${sentence(title)} ${sentence(when)} ${statement.url}`;
}

/**
 * A quotation of the statement as the site has it: „Microsoft Deutschland: <Titel>. Stellungnahme,
 * August 2022. Zitiert nach: einfachdigitallernen.de: <Titel des Berichts>. <URL>“. The site's
 * quotations come from the report, so a reader who quotes them cites the report as the place
 * the wording was read.
 */
export function quotedFromCitation(statement: ResolvedSource, report: ResolvedSource): string {
  const title = report.title ?? report.publisher;
  const statementPart = statementCitation(statement).replace(` ${statement.url}`, '');
  return `${statementPart} ${ui.cite.quotedFrom}: ${report.publisher}: ${sentence(title)} ${report.url}`;
}

/** „„<Behauptung>“ In: <Website>, hrsg. von <Betreiber>. Stand: <Datum>. <URL>“ */
export function pageCitation(claim: Claim, pageUrl: string): string {
  const title = claim.verbatim
    ? quoted(claim.wording)
    : sentence(`${claim.wording.replace(/[.?!]$/, '')} (${ui.cite.paraphrase})`);
  // The operator is named once the configuration says who it is; a placeholder does not belong in a citation.
  const publisher = isPlaceholder(operator.name) ? '' : `, ${ui.cite.publishedBy} ${operator.name}`;
  return `${sentence(title)} ${ui.cite.in}: ${site.name}${publisher}. ${ui.cite.updated}: ${formatDate(claim.data.updated)}. ${pageUrl}`;
}
