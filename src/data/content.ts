/**
 * The content as pages use it: loads the collections once per build, checks them
 * (see `model.ts`) and exposes the model. Pages and components import from here;
 * nothing else reads `astro:content`.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { CONTENT_DIR } from '../content-dir';
import { buildModel, type Model } from './model';

export * from './model';

/** Paths in error messages: relative to the project where possible, so they can be clicked. */
const relative = (file: string) => {
  const fromCwd = path.relative(process.cwd(), path.resolve(file));
  return fromCwd.startsWith('..') ? path.resolve(file) : fromCwd;
};

const asRecord = <T>(entries: { id: string; data: T }[]): Record<string, T> =>
  Object.fromEntries(entries.map((entry) => [entry.id, entry.data]));

let model: Promise<Model> | undefined;
let entries: Map<string, CollectionEntry<'claims'>> | undefined;

async function load(): Promise<Model> {
  const [claims, quotes, people, sources, events, terms] = await Promise.all([
    getCollection('claims'),
    getCollection('quotes'),
    getCollection('people'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('terms'),
  ]);
  entries = new Map(claims.map((entry) => [entry.id, entry]));
  return buildModel({
    claims: claims.map((entry) => ({
      id: entry.id,
      filePath: relative(entry.filePath ?? path.join(CONTENT_DIR, 'behauptungen', `${entry.id}.mdx`)),
      data: entry.data,
      body: entry.body ?? '',
    })),
    quotes: asRecord(quotes),
    people: asRecord(people),
    sources: asRecord(sources),
    events: asRecord(events),
    terms: asRecord(terms),
    files: {
      claims: relative(path.join(CONTENT_DIR, 'behauptungen')),
      quotes: relative(path.join(CONTENT_DIR, 'zitate.yaml')),
      people: relative(path.join(CONTENT_DIR, 'personen.yaml')),
      sources: relative(path.join(CONTENT_DIR, 'quellen.yaml')),
      events: relative(path.join(CONTENT_DIR, 'ereignisse.yaml')),
      terms: relative(path.join(CONTENT_DIR, 'begriffe.yaml')),
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
  await getModel();
  const entry = entries?.get(id);
  if (!entry) throw new Error(`Unknown claim "${id}"`);
  return render(entry);
}
