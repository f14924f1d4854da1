/**
 * The checks between files that no schema can make: every reference from one file into another
 * (a claim's quotations, a quotation's source and speaker, a report's words, an event's sources,
 * a glossary entry's claims), duplicates (one address per source, one name per link, one place
 * per claim, one entry per glossary name), the entries the site's own pages need, the headings a
 * claim's anchors name, and the ids on the list of changes.
 *
 * `checkReferences()` runs on content whose schemas have passed and throws one `ContentError`
 * with every problem of a phase: the registers first, then the claims against them, then the
 * pages' versions, so a broken register is not reported again through each claim that uses it.
 */
import { changeKey } from '../routes';
import { LOCALE } from '../locale';
import { ContentError } from './content-error';
import { bodyHeadings, bodyReferences, hasAnswer } from './mdx-body';
import { ANSWER_QUOTE, sourceName } from './model';
import type { ClaimInput, ModelInput } from './types';

/**
 * Entries the site's own pages name: the statement and the report every claim page cites,
 * and Microsoft's answer on the start page.
 */
export const REQUIRED = {
  sources: ['stellungnahme', 'bericht'],
  quotes: [ANSWER_QUOTE],
  /** The Einordnung shows when it was last checked. */
  checks: ['einordnung'],
} as const;

/** Checks the references between the files of checked content; throws a `ContentError` with every problem. */
export function checkReferences(input: ModelInput): void {
  const problems: string[] = [];
  const at = (file: string, field: string, message: string) => problems.push(`${file}: field "${field}" ${message}`);

  // One source, one entry: a second key for the same address would list it twice on /quellen/.
  const keyOfUrl = new Map<string, string>();
  for (const [id, source] of Object.entries(input.sources)) {
    const first = keyOfUrl.get(source.url);
    if (first === undefined) keyOfUrl.set(source.url, id);
    else at(input.files.sources, `${id}.url`, `is the address of "${first}" too; cite that entry instead`);
  }

  // A link's text says where it leads: two sources shown under one name would be two places behind one text.
  const keyOfName = new Map<string, string>();
  for (const [id, source] of Object.entries(input.sources)) {
    const name = sourceName(source);
    const first = keyOfName.get(name);
    if (first === undefined) keyOfName.set(name, id);
    else
      at(
        input.files.sources,
        source.title === undefined ? `${id}.label` : `${id}.title`,
        `makes links read "${name}", as "${first}" does; give one of them a "label" of its own`,
      );
  }

  for (const id of REQUIRED.sources) {
    if (!(id in input.sources))
      problems.push(`${input.files.sources}: the entry "${id}" is missing; the site's pages cite it`);
  }
  if (input.sources.stellungnahme && input.sources.stellungnahme.published === undefined) {
    at(input.files.sources, 'stellungnahme.published', 'is required: every claim page dates the statement');
  }
  for (const id of REQUIRED.quotes) {
    if (!(id in input.quotes))
      problems.push(`${input.files.quotes}: the entry "${id}" is missing; the start page shows it`);
  }
  for (const id of REQUIRED.checks) {
    if (!(id in input.checks))
      problems.push(`${input.files.checks}: the entry "${id}" is missing; the Einordnung shows when it was checked`);
  }

  // Reports: each names a source; the text basis is the report every page cites; words point at quotations.
  const problemsBeforeReports = problems.length;
  const reportOfSource = new Map<string, string>();
  const textBases: string[] = [];
  for (const [id, report] of Object.entries(input.reports)) {
    if (!(report.source in input.sources)) {
      at(input.files.reports, `${id}.source`, `names "${report.source}", which is not in ${input.files.sources}`);
    } else if (reportOfSource.has(report.source)) {
      at(
        input.files.reports,
        `${id}.source`,
        `names "${report.source}", as "${reportOfSource.get(report.source) ?? ''}" does; each report once`,
      );
    }
    reportOfSource.set(report.source, id);
    if (report.textBasis) textBases.push(id);
    report.words.forEach((words, index) => {
      if (words.of !== undefined && !(words.of in input.quotes)) {
        at(
          input.files.reports,
          `${id}.words.${String(index)}.of`,
          `names "${words.of}", which is not in ${input.files.quotes}`,
        );
      }
    });
  }
  if (Object.keys(input.reports).length > 0) {
    if (textBases.length !== 1) {
      problems.push(
        `${input.files.reports}: exactly one report must be the text basis ("textBasis: true"); found ${textBases.length === 0 ? 'none' : textBases.join(', ')}`,
      );
    } else if (input.reports[textBases[0] ?? '']?.source !== 'bericht') {
      at(
        input.files.reports,
        `${textBases[0] ?? ''}.source`,
        'must be "bericht": the text basis is the report every page cites',
      );
    }
  }

  const reportsSound = problems.length === problemsBeforeReports;

  // Registers refer to each other: quotations name a speaker and a source.
  for (const [id, quote] of Object.entries(input.quotes)) {
    if (quote.speaker !== undefined && !(quote.speaker in input.people)) {
      at(input.files.quotes, `${id}.speaker`, `names "${quote.speaker}", which is not in ${input.files.people}`);
    }
    if (!(quote.source in input.sources)) {
      at(input.files.quotes, `${id}.source`, `names "${quote.source}", which is not in ${input.files.sources}`);
      continue;
    }
    // Quotations are checked against the reports only once the reports themselves are sound.
    if (Object.keys(input.reports).length === 0 || !reportsSound) continue;
    const reportId = reportOfSource.get(quote.source);
    const report = reportId === undefined ? undefined : input.reports[reportId];
    if (!report) {
      at(
        input.files.quotes,
        `${id}.source`,
        `names "${quote.source}", which is no report in ${input.files.reports}: quotations come from reports`,
      );
    } else if (!report.textBasis && !report.words.some((words) => words.text.includes(quote.text))) {
      // The text basis is checked against quelltext.txt by the fidelity tests; other reports against their recorded words.
      at(
        input.files.quotes,
        `${id}.text`,
        `is not among the words ${input.files.reports} records for "${reportId ?? ''}"; a quotation after a report must stand there word for word`,
      );
    }
  }

  for (const [id, event] of Object.entries(input.events)) {
    for (const source of event.sources) {
      if (!(source in input.sources)) {
        at(input.files.events, `${id}.sources`, `names "${source}", which is not in ${input.files.sources}`);
      }
    }
    for (const other of event.shownWith) {
      if (other === id) at(input.files.events, `${id}.shownWith`, 'names the event itself');
      else if (!(other in input.events))
        at(input.files.events, `${id}.shownWith`, `names "${other}", which is not in ${input.files.events}`);
    }
  }

  const terms = input.terms;
  const termsFile = input.files.terms;
  const nameOwners = new Map<string, string>();
  for (const [id, term] of Object.entries(terms)) {
    for (const source of term.sources) {
      if (!(source in input.sources)) {
        at(termsFile, `${id}.sources`, `names "${source}", which is not in ${input.files.sources}`);
      }
    }
    for (const claim of term.claims) {
      if (!input.claims.some((candidate) => candidate.id === claim)) {
        at(termsFile, `${id}.claims`, `names "${claim}", but there is no ${input.files.claims}/${claim}.mdx`);
      }
    }
    // A name that two entries share could not say which entry its link leads to.
    for (const name of [term.term, ...term.names]) {
      const key = name.toLocaleLowerCase(LOCALE);
      const owner = nameOwners.get(key);
      if (owner !== undefined && owner !== id) {
        at(
          termsFile,
          `${id}.names`,
          `uses "${name}", which is already a name of "${owner}"; each name belongs to one entry`,
        );
      } else if (owner === id) {
        at(termsFile, `${id}.names`, `lists "${name}" twice (the term itself counts as a name)`);
      }
      nameOwners.set(key, id);
    }
  }

  // Claims are checked against the registers, so broken registers are reported first.
  if (problems.length > 0) throw new ContentError(problems);

  const ids = new Set(input.claims.map((claim) => claim.id));
  const byOrder = new Map<number, ClaimInput>();
  for (const claim of input.claims) {
    const sameOrder = byOrder.get(claim.data.order);
    if (sameOrder) {
      at(
        claim.filePath,
        'order',
        `is ${claim.data.order}, the same as in ${sameOrder.filePath}; each claim needs its own place`,
      );
    } else {
      byOrder.set(claim.data.order, claim);
    }
  }

  for (const { data, filePath, id, body } of input.claims) {
    if (data.claim.quote !== undefined) {
      const claimQuote = input.quotes[data.claim.quote];
      if (!claimQuote) {
        at(
          filePath,
          'claim.quote',
          `names "${data.claim.quote}", which is not in the quotation register ${input.files.quotes}`,
        );
      } else if (claimQuote.kind !== 'behauptung') {
        at(
          filePath,
          'claim.quote',
          `names "${data.claim.quote}", which is Microsoft's own statement, not a claim (kind must be "behauptung")`,
        );
      }
    }

    for (const related of data.related) {
      if (related === id) at(filePath, 'related', `lists the claim itself ("${related}")`);
      else if (!ids.has(related))
        at(filePath, 'related', `names "${related}", but there is no ${input.files.claims}/${related}.mdx`);
    }

    for (const event of data.events) {
      const entry = input.events[event];
      if (!entry) {
        at(filePath, 'events', `names "${event}", which is not in ${input.files.events}`);
        continue;
      }
      const missing = entry.shownWith.filter((other) => !data.events.includes(other));
      if (missing.length > 0) {
        at(
          filePath,
          'events',
          `shows "${event}" but not ${missing.map((other) => `"${other}"`).join(', ')}, which ${input.files.events} says belong with it (field "shownWith"): show both sides`,
        );
      }
    }

    const headings = new Set(bodyHeadings(body));
    for (const heading of Object.keys(data.anchors)) {
      if (!headings.has(heading)) {
        at(
          filePath,
          `anchors.${heading}`,
          'names a heading the body does not have (## … to #### …, written exactly as in the body)',
        );
      }
    }

    if (!hasAnswer(body)) {
      at(filePath, 'body', 'is empty: the answer (the text below the frontmatter) must say what Microsoft answers');
    }

    for (const ref of bodyReferences(body)) {
      if (ref.component === 'Quote' || ref.component === 'InlineQuote') {
        if (!(ref.id in input.quotes))
          at(
            filePath,
            `<${ref.component} id="${ref.id}">`,
            `names a quotation that is not in the register ${input.files.quotes}`,
          );
      } else if (ref.component === 'Summary') {
        if (!(ref.id in input.reports))
          at(filePath, `<Summary report="${ref.id}">`, `names a report that is not in ${input.files.reports}`);
      } else if (!(ref.id in input.sources)) {
        at(filePath, `<SourceLink id="${ref.id}">`, `names a source that is not in ${input.files.sources}`);
      }
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  const keyOwner = new Map<string, string>();
  for (const [address, register] of Object.entries(input.versions)) {
    const key = changeKey(address);
    const owner = keyOwner.get(key);
    if (owner !== undefined) {
      problems.push(
        `${register.filePath}: the page ${address} would share the id "${key}" on the list of changes with ${owner}; one of the two pages needs another address`,
      );
    }
    keyOwner.set(key, address);
  }
  if (problems.length > 0) throw new ContentError(problems);
}
