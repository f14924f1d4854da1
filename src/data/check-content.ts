/**
 * The one place where content is checked: takes the content as written (frontmatter and body
 * of each MDX file, the entries of each register), validates it with the content schemas, checks
 * the references between files (`checkReferences()`) and builds the model (`buildModel()`). The build
 * feeds it from Astro's collections, the tests from the files themselves, so a broken file
 * gives the same message in both: one `ContentError` with a line per problem that names the
 * file and the field.
 */
import type { z } from 'astro/zod';
import { claimSchema } from '../schemas/claim';
import { ID_PATTERN } from '../schemas/fields';
import { REGISTER_NAMES, REGISTERS, type RegisterName } from '../schemas/registers';
import { versionListSchema } from '../schemas/versions';
import { ContentError } from './content-error';
import { checkReferences } from './cross-checks';
import { buildModel, type Model } from './model';
import type { ClaimInput, ModelInput, RegisterEntries, VersionRegister } from './types';
import { slugOf } from './slug';
import { addressOfRegister, registerFileOf } from './versions';
import { listProblems } from './yaml-files';

/** An MDX file as written: where it lives, its frontmatter (not yet checked) and its body. */
export interface WrittenClaim {
  filePath: string;
  data: unknown;
  body: string;
}

/** A register file as written: where it lives and its entries (not yet checked) by key. */
export interface WrittenRegister {
  filePath: string;
  entries: readonly { id: string; data: unknown }[];
}

/** A page's register of versions as written: where it lives and its list (not yet checked). */
export interface WrittenVersions {
  filePath: string;
  /** The file's path inside the registers' folder, with forward slashes: it names the page. */
  name: string;
  data: unknown;
}

/** All content as written, each register by its name. File paths are used in messages as they are given. */
export interface WrittenContent extends Readonly<Record<RegisterName, WrittenRegister>> {
  /** The claims folder and every MDX file in it, at any depth. */
  claims: { folder: string; files: readonly WrittenClaim[] };
  /** The versions of each page (`content/fassungen/`); a content folder without them has none. */
  versions: { folder: string; files: readonly WrittenVersions[] };
}

/** One line per schema issue: the file, the field as a dotted path, and what is wrong. */
function describeIssues(file: string, prefix: readonly string[], error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const field = (...rest: PropertyKey[]) => [...prefix, ...issue.path, ...rest].map(String).join('.');
    // Zod reports all unknown keys in one issue at the object; an author needs each key named.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${file}: field "${field(key)}" is not a known field; check its spelling`);
    }
    const name = field();
    return [name === '' ? `${file}: ${issue.message}` : `${file}: field "${name}" ${issue.message}`];
  });
}

function checkRegister<T>(register: WrittenRegister, schema: z.ZodType<T>, problems: string[]): Record<string, T> {
  const entries: Record<string, T> = {};
  for (const { id, data } of register.entries) {
    const parsed = schema.safeParse(data);
    if (parsed.success) entries[id] = parsed.data;
    else problems.push(...describeIssues(register.filePath, [id], parsed.error));
  }
  return entries;
}

/**
 * Checks the registers of versions as written and returns them by the address of their page (a
 * register's path names it); throws a `ContentError` with every problem. The check after the
 * build and `npm run fassung` read the registers through this too.
 */
export function checkVersionRegisters(written: WrittenContent['versions']): Record<string, VersionRegister> {
  const problems: string[] = [];
  const registers = checkVersions(written, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return registers;
}

/** Each register of versions checked, by the address of its page (its path names it). */
function checkVersions(written: WrittenContent['versions'], problems: string[]): Record<string, VersionRegister> {
  const registers: Record<string, VersionRegister> = {};
  for (const { filePath, name, data } of [...written.files].sort((a, b) => a.name.localeCompare(b.name))) {
    const address = addressOfRegister(name);
    if (address === undefined) {
      problems.push(
        `${filePath}: is not named after a page: the file for /einordnung/ is ${written.folder}/${registerFileOf('/einordnung/')}, for the start page ${written.folder}/${registerFileOf('/')} (lower-case letters, digits and hyphens)`,
      );
      continue;
    }
    const parsed = versionListSchema.safeParse(data);
    if (parsed.success) registers[address] = { filePath, versions: parsed.data };
    else problems.push(...listProblems(filePath, parsed.error, { entry: 'version' }));
  }
  return registers;
}

/**
 * Checks content as written and returns the model. Throws one `ContentError` with every
 * schema problem of every file or, when there is none, every problem between files.
 */
export function checkContent(content: WrittenContent): Model {
  const problems: string[] = [];
  const registers = Object.fromEntries(
    REGISTER_NAMES.map((name) => [name, checkRegister<unknown>(content[name], REGISTERS[name].schema, problems)]),
  ) as unknown as RegisterEntries;

  // Sorted by path, so messages that name two files always name them in the same order.
  const files = [...content.claims.files].sort((a, b) => a.filePath.localeCompare(b.filePath));
  const claims: ClaimInput[] = [];
  const fileOfSlug = new Map<string, string>();
  for (const { filePath, data, body } of files) {
    const id = slugOf(filePath);
    const first = fileOfSlug.get(id);
    if (first !== undefined) {
      problems.push(
        `${filePath}: the slug "${id}" (the file name) is already used by ${first}. Each claim needs its own file name, because it is the page's address.`,
      );
      continue;
    }
    fileOfSlug.set(id, filePath);
    if (!ID_PATTERN.test(id)) {
      problems.push(
        `${filePath}: the file name "${id}" is the page address and must be lower-case letters, digits and hyphens`,
      );
    }
    const parsed = claimSchema.safeParse(data);
    if (parsed.success) claims.push({ id, filePath, data: parsed.data, body });
    else problems.push(...describeIssues(filePath, [], parsed.error));
  }
  const versions = checkVersions(content.versions, problems);
  if (problems.length > 0) throw new ContentError(problems);

  const input: ModelInput = {
    ...registers,
    claims,
    versions,
    files: {
      claims: content.claims.folder,
      ...(Object.fromEntries(REGISTER_NAMES.map((name) => [name, content[name].filePath])) as Record<
        RegisterName,
        string
      >),
    },
  };
  checkReferences(input);
  return buildModel(input);
}
