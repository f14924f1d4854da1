/**
 * The build refuses a silent change: after the pages are written, the text of every page with
 * versions (`<main data-fassung>`) is read from the built page and compared with its latest
 * recorded version. A page whose text differs, or that has no version yet, fails the build,
 * all such pages in one message, each with its register, its address and the first words that
 * differ, and the command that records them. Nothing else makes the check pass.
 *
 * The texts it read stay in the build's cache folder, where `npm run fassung` takes them from.
 * Then the attributes only this check reads are taken out of the pages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_FILES, shownPath } from '../content-dir';
import { formatDate } from '../dates';
import { registerFileOf } from '../data/versions';
import { isVersionPath } from '../routes';
import { readVersionRegisters, type PageRegister } from './version-registers';
import { versionText, withoutVersionMarkup } from './version-text';

/** Where the last check leaves what it read, inside the build's cache folder. */
export const TEXTS_FILE = path.join('fassungen', 'texte.json');

/** What the last check read: every page's text, and which pages need a version recorded. */
export interface CheckedTexts {
  /** Set by `npm run fassung` for the build it starts, so it knows the file is from that build. */
  run: string | null;
  /** The content folder the build read. */
  contentDir: string;
  /** The text of every page with versions, by address. */
  texts: Record<string, string>;
  /** Pages whose text differs from their latest version, or that have none yet. */
  unrecorded: string[];
}

/** A page the check stops the build for. */
export interface UnrecordedPage {
  address: string;
  /** Its register file, as messages name it. */
  file: string;
  /** Its latest recorded version, if it has one. */
  latest: { date: Date; text: string } | undefined;
  /** Its text in this build. */
  text: string;
}

export interface VersionReport {
  /** Pages to record a version of: changed, or new. */
  unrecorded: UnrecordedPage[];
  /** Registers without a page with versions (nothing to record: the page must come back, or forward). */
  orphans: string[];
}

/**
 * Compares the built pages' texts with the registers. `moved` are the addresses that forward to
 * another (content/adressen.yaml): their registers keep the versions published there.
 */
export function compareVersions(
  texts: ReadonlyMap<string, string>,
  registers: ReadonlyMap<string, PageRegister>,
  moved: ReadonlySet<string>,
  fileOf: (address: string) => string,
): VersionReport {
  const unrecorded: UnrecordedPage[] = [];
  for (const [address, text] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
    const register = registers.get(address);
    const latest = register?.versions.at(-1);
    if (latest?.text === text) continue;
    unrecorded.push({ address, file: register?.file ?? fileOf(address), latest, text });
  }
  const orphans = [...registers.values()]
    .filter((register) => !texts.has(register.address) && !moved.has(register.address))
    .map(
      (register) =>
        `${register.file}: holds the versions of ${register.address}, but the build has no page there with versions. A published page never goes away: if it moved, give ${register.address} a "redirect" in adressen.yaml and keep this file; otherwise mark the page as versioned again`,
    );
  return { unrecorded, orphans };
}

/** Words of a text, with `¶` where a block ends, so an excerpt shows where a paragraph starts. */
const words = (text: string): string[] => text.replaceAll('\n\n', ' ¶ ').split(' ').filter(Boolean);

const CONTEXT = 4;
const SHOWN = 8;

/** The first words that differ between two texts, with a few words before them: „… old“ → „… new“. */
export function firstDifference(before: string, after: string): string {
  const old = words(before);
  const now = words(after);
  let start = 0;
  while (start < old.length && start < now.length && old[start] === now[start]) start += 1;
  const from = Math.max(0, start - CONTEXT);
  const excerpt = (list: string[]) => {
    const part = list.slice(from, start + SHOWN).join(' ');
    return `„${from > 0 ? '… ' : ''}${part}${start + SHOWN < list.length ? ' …' : ''}“`;
  };
  return `${excerpt(old)} → ${excerpt(now)}`;
}

/** More pages than this, and the message proposes recording all of them at once rather than naming each. */
const NAMED_IN_COMMAND = 8;

export class UnrecordedVersionsError extends Error {
  constructor(readonly report: VersionReport) {
    super(describeReport(report));
    this.name = 'UnrecordedVersionsError';
  }
}

/** The message for authors: every page, what differs, and how to record it. */
export function describeReport({ unrecorded, orphans }: VersionReport): string {
  const lines: string[] = [];
  if (unrecorded.length > 0) {
    lines.push(
      `The text of ${String(unrecorded.length)} page(s) differs from its latest recorded version, or it has none yet. Every change readers can see is a version of the page, a typography fix too:`,
    );
    for (const page of unrecorded) {
      lines.push(
        page.latest
          ? `  - ${page.file} (${page.address}, latest version of ${formatDate(page.latest.date)}): ${firstDifference(page.latest.text, page.text)}`
          : `  - ${page.file} (${page.address}): no version recorded yet`,
      );
    }
    const named = unrecorded.map((page) => page.address);
    lines.push(
      'Record a version of each, with a note that tells readers what changed (in German, one or two sentences):',
      named.length <= NAMED_IN_COMMAND
        ? `  npm run fassung -- ${named.join(' ')} "<what changed>"`
        : `  npm run fassung -- <address> … "<what changed>" for each page or group of pages`,
      '  npm run fassung -- --alle-geaenderten "<what changed>"   (every page listed here, with one note)',
    );
  }
  if (orphans.length > 0) {
    lines.push(
      `${String(orphans.length)} register(s) of versions without their page:`,
      ...orphans.map((o) => `  - ${o}`),
    );
  }
  return lines.join('\n');
}

/** A finished page as the page rewrites leave it: its file inside the output folder, and its markup. */
export interface FinishedPage {
  file: string;
  html: string;
}

/** The address a folder page is served at, or undefined for a file that is no folder page or a version's own page. */
function versionedAddress(file: string): string | undefined {
  const name = file.split(path.sep).join('/');
  if (!(name.endsWith('/index.html') || name === 'index.html')) return undefined;
  const address = `/${name.slice(0, -'index.html'.length)}`;
  return isVersionPath(address) ? undefined : address;
}

export interface CheckOptions {
  /** The content folder the site was built from. */
  contentDir: string;
  /** The build's cache folder, where the texts are left for `npm run fassung`. */
  cacheDir: string;
  /** Addresses that forward to another (their registers stay). */
  moved: ReadonlySet<string>;
}

/**
 * Checks the finished pages (as the page rewrites left them in memory, so no page is read twice)
 * against the registers and leaves the texts it read in the cache folder. Throws an
 * `UnrecordedVersionsError` when a page needs a version; otherwise takes the check's attributes
 * out of the pages in `distDir` and returns how many pages it checked.
 */
export async function checkVersions(
  distDir: string,
  pages: readonly FinishedPage[],
  { contentDir, cacheDir, moved }: CheckOptions,
): Promise<number> {
  const texts = new Map<string, string>();
  const stripped: FinishedPage[] = [];
  for (const { file, html } of pages) {
    const address = versionedAddress(file);
    const text = address === undefined ? undefined : versionText(html);
    if (address !== undefined && text !== undefined) texts.set(address, text);
    if (html.includes(' data-fassung')) stripped.push({ file, html });
  }
  const registers = await readVersionRegisters(contentDir);
  const report = compareVersions(texts, registers, moved, (address) =>
    shownPath(path.join(contentDir, CONTENT_FILES.versions, registerFileOf(address))),
  );

  const checked: CheckedTexts = {
    run: process.env.FASSUNG_RUN ?? null,
    contentDir,
    texts: Object.fromEntries(texts),
    unrecorded: report.unrecorded.map((page) => page.address),
  };
  await mkdir(path.join(cacheDir, path.dirname(TEXTS_FILE)), { recursive: true });
  await writeFile(path.join(cacheDir, TEXTS_FILE), JSON.stringify(checked));

  if (report.unrecorded.length > 0 || report.orphans.length > 0) throw new UnrecordedVersionsError(report);
  await Promise.all(stripped.map(({ file, html }) => writeFile(path.join(distDir, file), withoutVersionMarkup(html))));
  return texts.size;
}
