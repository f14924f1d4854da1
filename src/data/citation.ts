/**
 * Ready-to-use German citations for the „Zitieren“ box: a page of this site in the version the
 * reader has open, and a quotation of the statement „zitiert nach“ the report it was taken from.
 *
 * Only what the reader has open gets an access date („abgerufen am …“, added by the box, filled
 * in by the copy button): this page. Nobody here retrieved the statement, so its citation gives
 * where it was published, and for the report the day the site's quotations were compared with it.
 */
import { isPlaceholder, operator, site } from '../site.config';
import { formatDate } from '../dates';
import { quoted, ui } from '../strings';
import type { Claim, PageVersion, ResolvedSource } from './types';

/** Ends a citation part with a full stop, unless it already ends with one (also inside „…“). */
function sentence(text: string): string {
  return /[.?!]“?$/.test(text) ? text : `${text}.`;
}

/** A title in running text: in „…“, with quotation marks inside it turned into ‚…‘. */
export const quotedTitle = (title: string): string => quoted(title.replaceAll('„', '‚').replaceAll('“', '‘'));

/** A claim page's title as a citation gives it: a quoted claim in „…“, a topic marked as the site's wording. */
export function claimTitle(claim: Claim): string {
  return claim.verbatim ? quoted(claim.wording) : `${claim.wording.replace(/[.?!]$/, '')} (${ui.cite.paraphrase})`;
}

/**
 * „<Betreiber> (Hrsg.): <Titel>. In: <Website>. Stand: <Datum>. <Adresse der Fassung>“, the
 * version being the latest (a page without one yet gives its own address and no Stand). The
 * operator stays a visible placeholder until it is configured, so a citation never loses its
 * publisher unnoticed.
 */
export function pageCitation(title: string, version: PageVersion | undefined, pageUrl: string): string {
  const publisher = isPlaceholder(operator.name) ? ui.placeholder(operator.name.label) : operator.name;
  const stand = version ? ` ${ui.cite.updated}: ${formatDate(version.date)}.` : '';
  return `${publisher} (${ui.cite.editor}): ${sentence(title)} ${ui.cite.in}: ${sentence(site.name)}${stand} ${version ? new URL(version.path, pageUrl).href : pageUrl}`;
}

/**
 * „Microsoft Deutschland: „<Titel>“. Stellungnahme, August 2022, veröffentlicht unter <URL>.
 * Zitiert nach: <Herausgeber>: „<Titel des Berichts>“. <URL> (Wortlaut der Zitate abgeglichen
 * am <Datum>).“ The site's quotations come from the report, so the report is where a reader
 * who quotes them read the wording.
 */
export function quotationCitation(statement: ResolvedSource, report: ResolvedSource): string {
  const title = statement.title ? `${quotedTitle(statement.title)}. ` : '';
  const when = statement.published ? `, ${statement.published}` : '';
  const reportTitle = report.title ? `${quotedTitle(report.title)}. ` : '';
  const checked = report.checked ? ` (${ui.cite.checked(formatDate(report.checked))})` : '';
  return `${statement.publisher}: ${title}${ui.cite.statementKind}${when}, ${ui.cite.publishedAt} ${statement.url}. ${ui.cite.quotedFrom}: ${report.publisher}: ${reportTitle}${report.url}${checked}.`;
}
