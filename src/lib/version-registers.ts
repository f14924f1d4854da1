/**
 * The registers of versions as files: read outside Astro's content layer (by the check after
 * the build and by `npm run fassung`), and appended to when a version is recorded. A version is
 * only ever added at the end of its file, so what was published stays as it was, down to the
 * byte, and the list of published addresses (`content/adressen.yaml`) gets its address.
 */
import { dump, load } from 'js-yaml';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_FILES, shownPath } from '../content-dir';
import { readAddressList } from '../data/addresses';
import { checkVersionRegisters, type WrittenVersions } from '../data/check-content';
import { ContentError } from '../data/content-error';
import { registerFileOf, versionIds } from '../data/versions';
import { parseYaml } from '../data/yaml-files';
import { versionPath } from '../routes';
import { versionSchema, type VersionData } from '../schemas/versions';
import { formatDate } from '../dates';

/** A page's register as a file. */
export interface PageRegister {
  address: string;
  /** The file as messages name it. */
  file: string;
  versions: readonly VersionData[];
}

/** The register files of a content folder as written (for the content check), with forward slashes in their names. */
export async function readVersionFiles(contentDir: string): Promise<WrittenVersions[]> {
  const folder = path.join(contentDir, CONTENT_FILES.versions);
  if (!existsSync(folder)) return [];
  const names = (await readdir(folder, { recursive: true, encoding: 'utf8' }))
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.yaml') && !name.split('/').some((part) => part.startsWith('.')));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      const filePath = shownPath(file);
      return { filePath, name, data: parseYaml(await readFile(file, 'utf8'), filePath) };
    }),
  );
}

/** Every register of a content folder, checked, by the address of its page. */
export async function readVersionRegisters(contentDir: string): Promise<Map<string, PageRegister>> {
  const folder = shownPath(path.join(contentDir, CONTENT_FILES.versions));
  const registers = checkVersionRegisters({ folder, files: await readVersionFiles(contentDir) });
  return new Map(
    Object.entries(registers).map(([address, register]) => [
      address,
      { address, file: register.filePath, versions: register.versions },
    ]),
  );
}

/** Today in Germany, where the site is published, as YYYY-MM-DD. */
export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** How a new register file starts. */
const header = (address: string) =>
  `# Every published version of ${address}, oldest first. Written by \`npm run fassung\`;\n` +
  `# a published version is never changed or removed (README: „Versions of every page“).\n`;

/**
 * One version as the end of a register file: the text as a literal block, line by line as the
 * check compares it. Falls back to YAML's quoted form for a text a literal block cannot hold.
 */
export function versionEntry(version: { date: string; note: string; text: string }): string {
  const note = dump(version.note, { lineWidth: -1 }).trimEnd();
  const literal = `- date: ${version.date}\n  note: ${note}\n  text: |-\n${version.text
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n')}\n`;
  try {
    const [read] = load(literal) as [{ note?: unknown; text?: unknown }];
    if (read.note === version.note && read.text === version.text) return literal;
  } catch {
    // A character YAML does not allow in a literal block: quoted below.
  }
  return dump([{ date: version.date, note: version.note, text: version.text }], { lineWidth: -1 });
}

export interface RecordRequest {
  contentDir: string;
  /** The text of every page with versions, as the last build read it, by address. */
  texts: Readonly<Record<string, string>>;
  /** The pages to record a version of. */
  addresses: readonly string[];
  /** What changed, for readers. */
  note: string;
  /** The version's day, YYYY-MM-DD. */
  date: string;
}

export interface RecordedVersion {
  address: string;
  /** The version's own address. */
  path: string;
  /** The register file, as messages name it. */
  file: string;
}

/**
 * Appends a version with the page's current text to the register of each page in `addresses`
 * (creating the register of a page that has none), and lists each version's address in
 * `adressen.yaml`. Checks every page first and writes nothing when one cannot be recorded: a
 * page the build has no text of, or whose text equals its latest version.
 */
export async function recordVersions({
  contentDir,
  texts,
  addresses,
  note,
  date,
}: RecordRequest): Promise<RecordedVersion[]> {
  const shownNote = note.replace(/\s+/g, ' ').trim();
  const problems: string[] = [];
  const noteCheck = versionSchema.shape.note.safeParse(shownNote);
  if (!noteCheck.success) problems.push(...noteCheck.error.issues.map((issue) => `the note ${issue.message}`));
  const dateCheck = versionSchema.shape.date.safeParse(date);
  if (!dateCheck.success) problems.push(`the date "${date}" ${dateCheck.error.issues[0]?.message ?? 'is not a day'}`);
  const registers = await readVersionRegisters(contentDir);
  // Read first: a content folder without its list of addresses gets no version at all.
  const list = readAddressList(contentDir);
  const unique = [...new Set(addresses)];
  for (const address of unique) {
    const text = texts[address];
    const latest = registers.get(address)?.versions.at(-1);
    if (text === undefined) {
      problems.push(
        `${address}: the last build has no page with versions at this address (a page's address ends in /, e.g. /einordnung/)`,
      );
    } else if (latest?.text === text) {
      problems.push(
        `${address}: its text is the same as in its version of ${formatDate(latest.date)}; there is nothing to record`,
      );
    } else if (latest && isoDay(latest.date) > date) {
      problems.push(`${address}: its latest version is dated ${isoDay(latest.date)}, after ${date}`);
    }
  }
  if (unique.length === 0) problems.push('no page to record a version of');
  if (problems.length > 0) throw new ContentError(problems);

  const recorded: RecordedVersion[] = [];
  for (const address of unique) {
    const file = path.join(contentDir, CONTENT_FILES.versions, registerFileOf(address));
    const existing = registers.get(address)?.versions ?? [];
    const ids = versionIds([...existing.map((version) => version.date), new Date(`${date}T00:00:00Z`)]);
    const before = existsSync(file) ? await readFile(file, 'utf8') : header(address);
    await mkdir(path.dirname(file), { recursive: true });
    const entry = versionEntry({ date, note: shownNote, text: texts[address] ?? '' });
    await writeFile(file, `${before}${before.endsWith('\n') ? '' : '\n'}${entry}`);
    recorded.push({ address, path: versionPath(address, ids.at(-1) ?? date), file: shownPath(file) });
  }

  const listed = new Set(list.entries.map((entry) => entry.path));
  const added = recorded.map((version) => version.path).filter((address) => !listed.has(address));
  const listFile = path.join(contentDir, CONTENT_FILES.addresses);
  const text = await readFile(listFile, 'utf8');
  await appendFile(listFile, `${text.endsWith('\n') ? '' : '\n'}${added.map((address) => `- ${address}\n`).join('')}`);
  // Read back as the build will: a register that does not pass its check is no record.
  await readVersionRegisters(contentDir);
  return recorded;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
