/**
 * The list of published addresses (`content/adressen.yaml`): read when Astro loads its
 * configuration (for the redirects) and checked after the build (every entry must answer).
 * This runs outside Astro's content layer, so it reads the file itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_FILES, shownPath } from '../content-dir';
import { addressListSchema } from '../schemas/addresses';
import { ContentError } from './content-error';
import { parseYamlList } from './yaml-files';
import { isVersionPath } from '../routes';

export interface PublishedAddress {
  path: string;
  /** Set when the address moved: where it forwards to. */
  redirect: string | undefined;
}

export interface AddressList {
  /** The file, as error messages name it. */
  file: string;
  entries: PublishedAddress[];
  /** Old address → new address, in the shape Astro's `redirects` option takes. */
  redirects: Record<string, string>;
}

/** Parses and checks the list; throws a `ContentError` naming the file and the entry. */
export function parseAddressList(text: string, file: string): AddressList {
  const entries = parseYamlList(text, file, addressListSchema, { entry: 'entry' }).map((entry) =>
    typeof entry === 'string' ? { path: entry, redirect: undefined } : { path: entry.path, redirect: entry.redirect },
  );
  const problems: string[] = [];
  const seen = new Set<string>();
  const pages = new Set(entries.filter((entry) => !entry.redirect).map((entry) => entry.path));
  for (const entry of entries) {
    if (seen.has(entry.path)) problems.push(`${file}: "${entry.path}" is listed twice`);
    seen.add(entry.path);
    if (entry.redirect !== undefined && !pages.has(entry.redirect)) {
      problems.push(
        `${file}: "${entry.path}" field "redirect" names "${entry.redirect}", which must be listed as an address of its own (not a redirect)`,
      );
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  const redirects = Object.fromEntries(
    entries.flatMap((entry) => (entry.redirect ? [[entry.path, entry.redirect] as const] : [])),
  );
  return { file, entries, redirects };
}

/** Reads `adressen.yaml` from a content folder. */
export function readAddressList(contentDir: string): AddressList {
  const full = path.join(contentDir, CONTENT_FILES.addresses);
  const file = shownPath(full);
  if (!existsSync(full)) throw new ContentError([`${file}: is missing; it lists every published address`]);
  return parseAddressList(readFileSync(full, 'utf8'), file);
}

/** The file a built address is served from, inside the output folder. */
export function builtFile(outDir: string, address: string): string {
  return address.endsWith('/') ? path.join(outDir, address, 'index.html') : path.join(outDir, address);
}

/** The other way round: the address a built file is served at (`begriffe/index.html` → `/begriffe/`). */
export function builtAddress(file: string): string {
  const slashed = file.split(path.sep).join('/');
  if (slashed === 'index.html') return '/';
  return slashed.endsWith('/index.html') ? `/${slashed.slice(0, -'index.html'.length)}` : `/${slashed}`;
}

/** Problems with the list after a build: every entry must have been written into `outDir`. */
export function unansweredAddresses(list: AddressList, outDir: string): string[] {
  return list.entries
    .filter((entry) => !existsSync(builtFile(outDir, entry.path)))
    .map((entry) =>
      entry.redirect
        ? `${list.file}: "${entry.path}" should forward to "${entry.redirect}", but the build wrote no redirect for it`
        : `${list.file}: "${entry.path}" is a published address, but the build no longer has it. Never delete a published address: if the page moved, give this entry a "redirect" to the new address`,
    );
}

/**
 * What the sitemap lists: pages only (no data files), no address that merely forwards, and no
 * page's earlier or current version (its page is listed).
 */
export function sitemapFilter(list: AddressList): (url: string) => boolean {
  return (url) => {
    const { pathname } = new URL(url);
    return pathname.endsWith('/') && !(pathname in list.redirects) && !isVersionPath(pathname);
  };
}
