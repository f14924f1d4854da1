/**
 * Loads a content folder the way the site's build does (same schemas, same model checks),
 * without starting Astro, so unit tests can feed it broken fixtures and read the messages.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load as parseYaml } from 'js-yaml';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'astro/zod';
import { buildModel, ContentError, type ClaimInput, type Model } from '../../src/data/model';
import { claimSchema } from '../../src/schemas/claim';
import { eventSchema, personSchema, quoteSchema, sourceSchema, termSchema } from '../../src/schemas/registers';

export const FIXTURE = path.resolve('tests/fixtures/content');

export type LoadResult = { model: Model; problems: [] } | { model: undefined; problems: string[] };

function describeIssues(file: string, prefix: string, error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${file}: field "${[prefix, ...issue.path].filter((part) => part !== '').join('.')}" ${issue.message}`,
  );
}

async function readRegister<T>(dir: string, name: string, schema: z.ZodType<T>, problems: string[]) {
  const file = path.join(dir, name);
  const raw = (parseYaml(await readFile(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const entries: Record<string, T> = {};
  for (const [id, value] of Object.entries(raw)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) entries[id] = parsed.data;
    else problems.push(...describeIssues(file, id, parsed.error));
  }
  return entries;
}

/** Loads and checks a content folder; returns the model or every problem found. */
export async function loadContent(dir: string): Promise<LoadResult> {
  const problems: string[] = [];
  const people = await readRegister(dir, 'personen.yaml', personSchema, problems);
  const sources = await readRegister(dir, 'quellen.yaml', sourceSchema, problems);
  const quotes = await readRegister(dir, 'zitate.yaml', quoteSchema, problems);
  const events = await readRegister(dir, 'ereignisse.yaml', eventSchema, problems);
  const terms = existsSync(path.join(dir, 'begriffe.yaml'))
    ? await readRegister(dir, 'begriffe.yaml', termSchema, problems)
    : {};

  const claimsDir = path.join(dir, 'behauptungen');
  const claims: ClaimInput[] = [];
  for (const name of (await readdir(claimsDir)).filter((file) => file.endsWith('.mdx')).sort()) {
    const filePath = path.join(claimsDir, name);
    const { frontmatter, content } = parseFrontmatter(await readFile(filePath, 'utf8'));
    const parsed = claimSchema.safeParse(frontmatter);
    if (parsed.success) claims.push({ id: name.replace(/\.mdx$/, ''), filePath, data: parsed.data, body: content });
    else problems.push(...describeIssues(filePath, '', parsed.error));
  }
  if (problems.length > 0) return { model: undefined, problems };

  try {
    const model = buildModel({
      claims,
      quotes,
      people,
      sources,
      events,
      terms,
      files: {
        claims: claimsDir,
        quotes: path.join(dir, 'zitate.yaml'),
        people: path.join(dir, 'personen.yaml'),
        sources: path.join(dir, 'quellen.yaml'),
        events: path.join(dir, 'ereignisse.yaml'),
        terms: path.join(dir, 'begriffe.yaml'),
      },
    });
    return { model, problems: [] };
  } catch (error) {
    if (error instanceof ContentError) return { model: undefined, problems: [...error.problems] };
    throw error;
  }
}

/** Loads a content folder that must be valid (the fixture by default); throws its problems otherwise. */
export async function loadModel(dir: string = FIXTURE): Promise<Model> {
  const result = await loadContent(dir);
  if (!result.model) throw new Error(result.problems.join('\n'));
  return result.model;
}

/** Copies a content folder to a temporary place. */
export async function copyContent(source: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'content-'));
  await cp(source, dir, { recursive: true });
  return dir;
}

/** Copies a content folder and changes one file in the copy; fails if the edit changes nothing. */
export async function brokenCopy(source: string, file: string, edit: (text: string) => string): Promise<string> {
  const dir = await copyContent(source);
  const target = path.join(dir, file);
  const before = await readFile(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`brokenCopy: the edit did not change ${file}`);
  await writeFile(target, after);
  return dir;
}
