/**
 * What the content check reads in a claim's MDX body without rendering it: the components that
 * point into a register, the section headings, and whether there is an answer at all. Text
 * patterns over the source, so the check runs in the tests without Astro's MDX compiler.
 */

/** Components an MDX body may use with an attribute that points into a register. */
const BODY_REFERENCE =
  /<(Quote|InlineQuote|SourceLink|Summary)\b[^>]*?\b(?:id|report)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

export type BodyComponent = 'Quote' | 'InlineQuote' | 'SourceLink' | 'Summary';

/**
 * Finds the register references of an MDX body, in order: quotations (`<Quote id>`,
 * `<InlineQuote id>`), sources (`<SourceLink id>`) and the reports a summary follows
 * (`<Summary report>`).
 */
export function bodyReferences(body: string): { component: BodyComponent; id: string }[] {
  return [...body.matchAll(BODY_REFERENCE)].map((match) => ({
    component: match[1] as BodyComponent,
    id: match[2] ?? match[3] ?? match[4] ?? '',
  }));
}

/** The section headings (## to ####) of an MDX body, as written. */
export function bodyHeadings(body: string): string[] {
  return [...body.matchAll(/^#{2,4}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((match) => match[1] ?? '');
}

/** Whether a body answers anything: text a reader sees, or a quotation (comments and imports do not count). */
export function hasAnswer(body: string): boolean {
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .trim();
  return text !== '' || bodyReferences(body).some((reference) => reference.component === 'Quote');
}
