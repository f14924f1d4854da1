/**
 * The content as pages use it: loads the collections once per build, checks them
 * (`checkContent()`) and exposes the model. Pages and components import from here;
 * nothing else reads `astro:content`.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { load as parseYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, CONTENT_FILES, shownPath } from '../content-dir';
import { checkContent, type WrittenRegister } from './check-content';
import { ContentError } from './content-error';
import type { Model } from './model';

export * from './model';
export type * from './types';

let model: Promise<Model> | undefined;
/** Each claim's entry by the path its model entry names, for rendering. */
let entries: Map<string, CollectionEntry<'claims'>> | undefined;

async function register(
  collection: 'quotes' | 'people' | 'sources' | 'events' | 'terms' | 'reports' | 'checks',
): Promise<WrittenRegister> {
  const loaded = await getCollection(collection);
  const file = path.join(CONTENT_DIR, CONTENT_FILES[collection]);
  // Astro's file() loader logs a file it cannot parse and leaves the collection empty; every
  // reference into it would then fail with a misleading message. Name the file and the line instead.
  if (loaded.length === 0) {
    try {
      parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0] ?? '';
      throw new ContentError([`${shownPath(file)}: is not valid YAML (${reason})`]);
    }
  }
  return {
    filePath: shownPath(file),
    entries: loaded.map((entry) => ({ id: entry.id, data: entry.data })),
  };
}

async function load(): Promise<Model> {
  const [claims, quotes, people, sources, events, terms, reports, checks, versions] = await Promise.all([
    getCollection('claims'),
    register('quotes'),
    register('people'),
    register('sources'),
    register('events'),
    register('terms'),
    register('reports'),
    register('checks'),
    getCollection('versions'),
  ]);
  const versionFolder = path.join(CONTENT_DIR, CONTENT_FILES.versions);
  const folder = path.join(CONTENT_DIR, CONTENT_FILES.claims);
  // Astro records where a file lies relative to the project; the glob loader always does.
  const fileOf = (entry: CollectionEntry<'claims'>) => shownPath(entry.filePath ?? path.join(folder, entry.id));
  entries = new Map(claims.map((entry) => [fileOf(entry), entry]));
  return checkContent({
    claims: {
      folder: shownPath(folder),
      files: claims.map((entry) => ({ filePath: fileOf(entry), data: entry.data, body: entry.body ?? '' })),
    },
    quotes,
    people,
    sources,
    events,
    terms,
    reports,
    checks,
    versions: {
      folder: shownPath(versionFolder),
      files: versions.map((entry) => ({
        filePath: shownPath(path.join(versionFolder, entry.id)),
        name: entry.id,
        data: entry.data,
      })),
    },
  });
}

/** The checked content model. Throws a `ContentError` (and so fails the build) on broken content. */
export function getModel(): Promise<Model> {
  model ??= load();
  return model;
}

/** Renders a claim's MDX body. */
export async function renderClaim(id: string) {
  const entry = entries?.get((await getModel()).claim(id).filePath);
  if (!entry) throw new Error(`Unknown claim "${id}"`);
  return render(entry);
}

/** The prose pages (`content/seiten/`), in file-name order: each becomes the page `/<id>/`. */
export function getPages() {
  return getCollection('pages');
}

/** Renders a prose page's MDX. */
export async function renderPage(id: string) {
  const entry = await getEntry('pages', id);
  if (!entry)
    throw new Error(`Unknown page "${id}": there is no ${path.join(CONTENT_DIR, CONTENT_FILES.pages, `${id}.mdx`)}`);
  return { data: entry.data, ...(await render(entry)) };
}

/** Renders a block of prose several pages show (`content/bausteine/<id>.mdx`); fails the build if it is missing. */
export async function renderSnippet(id: string) {
  const entry = await getEntry('snippets', id);
  if (!entry)
    throw new Error(
      `${path.join(CONTENT_DIR, CONTENT_FILES.snippets, `${id}.mdx`)} is missing; the site's pages show it`,
    );
  return render(entry);
}
