/**
 * Where the content lives. `CONTENT_DIR` lets the tests and the benchmark build the site from
 * fixture or generated content without touching `content/`.
 */
import path from 'node:path';

export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** Each collection's folder or file inside the content folder. */
export const CONTENT_FILES = {
  claims: 'behauptungen',
  pages: 'seiten',
  snippets: 'bausteine',
  quotes: 'zitate.yaml',
  people: 'personen.yaml',
  sources: 'quellen.yaml',
  events: 'ereignisse.yaml',
  terms: 'begriffe.yaml',
  reports: 'berichte.yaml',
  checks: 'stand.yaml',
  versions: 'fassungen',
} as const;

/**
 * A file as error messages name it: relative to the project where it lies inside it, so
 * editors and terminals can open it with a click, otherwise absolute.
 */
export function shownPath(file: string): string {
  const full = path.resolve(file);
  const fromProject = path.relative(process.cwd(), full);
  return fromProject.startsWith('..') ? full : fromProject;
}
