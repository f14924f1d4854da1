/**
 * The content as pages use it: loads the collections once per build, checks them
 * (`checkContent()`) and exposes the model. Pages and components import from here;
 * nothing else reads `astro:content`.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, CONTENT_FILES, shownPath } from '../content-dir';
import { REGISTER_NAMES, REGISTERS, type RegisterName } from '../schemas/registers';
import { checkContent, type WrittenRegister } from './check-content';
import type { Model } from './model';
import { parseYaml } from './yaml-files';

export * from './model';
export type * from './types';

let model: Promise<Model> | undefined;
/** Each claim's entry by the path its model entry names, for rendering. */
let entries: Map<string, CollectionEntry<'claims'>> | undefined;

async function register(collection: RegisterName): Promise<WrittenRegister> {
  const loaded = await getCollection(collection);
  const file = path.join(CONTENT_DIR, REGISTERS[collection].file);
  // Astro's file() loader logs a file it cannot parse and leaves the collection empty; every
  // reference into it would then fail with a misleading message. Name the file and the line instead.
  if (loaded.length === 0) parseYaml(readFileSync(file, 'utf8'), shownPath(file));
  return {
    filePath: shownPath(file),
    entries: loaded.map((entry) => ({ id: entry.id, data: entry.data })),
  };
}

async function load(): Promise<Model> {
  const [claims, versions, registers] = await Promise.all([
    getCollection('claims'),
    getCollection('versions'),
    Promise.all(REGISTER_NAMES.map(async (name) => [name, await register(name)] as const)),
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
    ...(Object.fromEntries(registers) as Record<RegisterName, WrittenRegister>),
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
