/**
 * Reads a content folder the way Astro's loaders read it (frontmatter and body of each MDX
 * file, the entries of each YAML register) and hands it to the site's own check, so unit
 * tests see the model and the messages of a real build without starting Astro.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load as parseYaml } from 'js-yaml';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_FILES, shownPath } from '../../src/content-dir';
import { checkContent, type WrittenContent, type WrittenRegister } from '../../src/data/check-content';
import { ContentError } from '../../src/data/content-error';
import type { Model } from '../../src/data/model';
import { readVersionFiles } from '../../src/lib/version-registers';
import { REGISTER_NAMES, REGISTERS, type RegisterName } from '../../src/schemas/registers';

export const FIXTURE = path.resolve('tests/fixtures/content');

/** A YAML register as the file() loader reads it: one entry per top-level key. */
async function readRegister(file: string): Promise<WrittenRegister> {
  const data = parseYaml(await readFile(file, 'utf8'), { filename: file });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: the reader only knows registers keyed by id`);
  }
  return {
    filePath: shownPath(file),
    // Like the loader, it skips the `$schema` key that editors use to find a JSON schema.
    entries: Object.entries(data)
      .filter(([id, entry]) => !(id === '$schema' && typeof entry === 'string'))
      .map(([id, entry]) => ({ id, data: entry as unknown })),
  };
}

/** A content folder as Astro's loaders read it: the glob() loader for MDX and the versions, file() for YAML registers. */
export async function readContent(dir: string): Promise<WrittenContent> {
  const folder = path.join(dir, CONTENT_FILES.claims);
  const names = (await readdir(folder, { recursive: true })).filter(
    (name) => name.endsWith('.mdx') && !name.split(path.sep).some((part) => part.startsWith('.')),
  );
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      // The MDX integration's own settings: the frontmatter blanked out, the body trimmed.
      const { frontmatter, content } = parseFrontmatter(await readFile(file, 'utf8'), {
        frontmatter: 'empty-with-spaces',
      });
      return { filePath: shownPath(file), data: frontmatter as unknown, body: content.trim() };
    }),
  );
  const registers = Object.fromEntries(
    await Promise.all(
      REGISTER_NAMES.map(async (name) => [name, await readRegister(path.join(dir, REGISTERS[name].file))] as const),
    ),
  ) as Record<RegisterName, WrittenRegister>;
  return {
    ...registers,
    claims: { folder: shownPath(folder), files },
    versions: {
      folder: shownPath(path.join(dir, CONTENT_FILES.versions)),
      files: await readVersionFiles(dir),
    },
  };
}

/** The checked model of a content folder (the fixture by default); throws its `ContentError` otherwise. */
export async function loadModel(dir: string = FIXTURE): Promise<Model> {
  return checkContent(await readContent(dir));
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

/** The error the content check throws for a content folder; fails when the content passes. */
export async function contentError(dir: string): Promise<ContentError> {
  const content = await readContent(dir);
  try {
    checkContent(content);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`${dir}: the content passed the check`);
}

/** The problems the check reports for a content folder, with the folder's own path left out. */
export async function problemsIn(dir: string): Promise<string[]> {
  const error = await contentError(dir);
  return error.problems.map((problem) => problem.replaceAll(dir + path.sep, ''));
}

/** Breaks one file of the fixture and returns every problem the check reports. */
export async function problemsAfter(file: string, edit: (text: string) => string): Promise<string[]> {
  return problemsIn(await brokenCopy(FIXTURE, file, edit));
}
