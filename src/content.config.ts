/**
 * The content collections. Schemas live in `src/schemas/` so unit tests can check them
 * without Astro; every cross-reference between collections is checked in `src/data/`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { CONTENT_DIR } from './content-dir';
import { slugFromFileName } from './data/slug';
import { claimSchema } from './schemas/claim';
import { eventSchema, personSchema, quoteSchema, sourceSchema, termSchema } from './schemas/registers';

const inContent = (name: string) => path.join(CONTENT_DIR, name);

/** One claim/rebuttal pair per MDX file; the file name is the slug. */
const claims = defineCollection({
  loader: glob({
    base: inContent('behauptungen'),
    pattern: '**/*.mdx',
    // The file name is the published address; a frontmatter `slug` must not override it.
    generateId: slugFromFileName(path.relative(process.cwd(), inContent('behauptungen')) || '.'),
  }),
  schema: claimSchema,
});

const quotes = defineCollection({ loader: file(inContent('zitate.yaml')), schema: quoteSchema });
const people = defineCollection({ loader: file(inContent('personen.yaml')), schema: personSchema });
const sources = defineCollection({ loader: file(inContent('quellen.yaml')), schema: sourceSchema });
const events = defineCollection({ loader: file(inContent('ereignisse.yaml')), schema: eventSchema });
/** The glossary („Begriffe“): terms of the statement explained, each with its sources. */
const terms = defineCollection({ loader: file(inContent('begriffe.yaml')), schema: termSchema });

export const collections = { claims, quotes, people, sources, events, terms };
