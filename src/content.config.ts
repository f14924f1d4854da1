/**
 * The content collections. Astro loads every entry as written; the site's data module checks
 * it with the schemas of `src/schemas/`, together with the references between collections,
 * so a broken entry fails the build with the same message as in the tests.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { CONTENT_DIR, CONTENT_FILES } from './content-dir';
import type { claimSchema } from './schemas/claim';
import { REGISTER_NAMES, REGISTERS, type RegisterName } from './schemas/registers';
import { pageSchema, snippetSchema } from './schemas/page';
import type { versionListSchema } from './schemas/versions';

const inContent = (name: string) => path.join(CONTENT_DIR, name);

/**
 * Lets every entry through unchecked, typed as the input of the schema it will be checked
 * with: Astro's own check would stop the build first, with a message in a format of its own.
 */
const asWritten = <Schema extends z.ZodType>() => z.custom<z.input<Schema>>();

/** One claim/rebuttal pair per MDX file; the file name is the slug. */
const claims = defineCollection({
  loader: glob({
    base: inContent(CONTENT_FILES.claims),
    pattern: '**/*.mdx',
    // The file's own path, so two files with one name both arrive and the check can name
    // both; the slug comes from the file name, never from a frontmatter `slug`.
    generateId: ({ entry }) => entry,
  }),
  schema: asWritten<typeof claimSchema>(),
});

/** Pages of prose an editor changes (legal pages, method, accessibility); the file name is the address. */
const pages = defineCollection({
  loader: glob({ base: inContent(CONTENT_FILES.pages), pattern: '*.mdx' }),
  schema: pageSchema,
});

/** Prose that several pages show, such as what the site's text basis is. */
const snippets = defineCollection({
  loader: glob({ base: inContent(CONTENT_FILES.snippets), pattern: '*.mdx' }),
  schema: snippetSchema,
});

/** A YAML register (one entry per key), let through as written and checked with its schema by the data module. */
const register = <Name extends RegisterName>(name: Name) =>
  defineCollection({
    loader: file(inContent(REGISTERS[name].file)),
    schema: z.custom<z.input<(typeof REGISTERS)[Name]['schema']>>(),
  });

const registers = Object.fromEntries(REGISTER_NAMES.map((name) => [name, register(name)])) as {
  [Name in RegisterName]: ReturnType<typeof register<Name>>;
};

/**
 * Each page's published versions: one YAML file per page, its path inside the folder naming the
 * page (`behauptungen/diagnosedaten.yaml`); the id is that path.
 */
const versions = defineCollection({
  loader: glob({
    base: inContent(CONTENT_FILES.versions),
    pattern: '**/*.yaml',
    generateId: ({ entry }) => entry,
  }),
  schema: asWritten<typeof versionListSchema>(),
});

export const collections = { claims, pages, snippets, ...registers, versions };
