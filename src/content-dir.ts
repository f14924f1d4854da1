/**
 * Where the content lives. `CONTENT_DIR` lets the tests and the benchmark build the site from
 * fixture or generated content without touching `content/`.
 */
import path from 'node:path';

export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');

/**
 * The folders and files inside the content folder, but for the registers (their list names
 * each register's file, beside its schema).
 */
export const CONTENT_FILES = {
  /** One MDX file per claim. */
  claims: 'behauptungen',
  /** Prose pages, one MDX file each. */
  pages: 'seiten',
  /** Prose several pages show. */
  snippets: 'bausteine',
  /** Each page's versions, one YAML file per page. */
  versions: 'fassungen',
  /** Every published address; read outside the content layer, as Astro loads its configuration. */
  addresses: 'adressen.yaml',
  /** The search's word list; read outside the content layer, as the index is written. */
  searchTerms: 'suchbegriffe.yaml',
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
