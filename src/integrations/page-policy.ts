/**
 * What the build adds to each finished page: its own Content-Security-Policy in its <head>,
 * and a low fetch priority for its scripts.
 *
 * A page carries its stylesheet inline (one request less on a first visit, see
 * `build.inlineStylesheets`), so the policy must allow exactly that stylesheet by its hash.
 * Astro's own `security.csp` lists the hashes of every stylesheet and script of the whole site
 * on every page (1 KB of incompressible text per page); this writes only the page's own.
 * The header policy is the same for every page and lists the hashes of all of them.
 *
 * The page's script only waits for the reader's first move (search, copy buttons): it is a
 * module, so it never held up the first paint, but Chromium fetches it at high priority, next
 * to what the reader sees first. `fetchpriority="low"` lets the page go first. Astro writes
 * the tag of a bundled script itself and would treat one with more attributes as inline code,
 * so the attribute is added here.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { metaPolicy } from '../security';
import { withoutIndexMarkup } from '../lib/search-markup';
import { classUse, withoutUnusedRules } from '../lib/unused-styles';

/** A page's inline stylesheet: its opening tag, its CSS and its closing tag. */
const STYLE = /(<style(?:\s[^>]*)?>)([\s\S]*?)(<\/style>)/g;
const CHARSET = '<meta charset="utf-8">';

/** The CSP hashes (`sha256-…`) of the inline stylesheets in a page, in page order. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(STYLE)].map(
    ([, , css]) =>
      `sha256-${createHash('sha256')
        .update(css ?? '', 'utf8')
        .digest('base64')}`,
  );
}

/**
 * The page with the rules for components it does not show taken out of its stylesheets
 * (`src/lib/unused-styles.ts`). `scripts` is the text of the site's scripts: a class they name
 * stays, since they may add it.
 */
export function withoutUnusedStyles(html: string, scripts: string): string {
  const isUsed = classUse(html, scripts);
  return html.replace(
    STYLE,
    (_, open: string, css: string, close: string) => open + withoutUnusedRules(css, isUsed) + close,
  );
}

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page with its script files fetched after what the reader sees first. */
export function withQuietScripts(html: string): string {
  return html.replace(MODULE_SCRIPT, '<script type="module" src="$1" fetchpriority="low"></script>');
}

/**
 * The page with its policy as the first thing after the character set: a meta policy covers
 * only what follows it, so it stands before the stylesheet and every script. `styleHashes`
 * are the page's own (`inlineStyleHashes`).
 */
export function withPagePolicy(html: string, file: string, styleHashes: readonly string[]): string {
  if (!html.includes(CHARSET)) throw new Error(`page-policy: ${file} has no ${CHARSET} to put its policy after`);
  const policy = `<meta http-equiv="content-security-policy" content="${metaPolicy(styleHashes)}">`;
  return html.replace(CHARSET, CHARSET + policy);
}

/**
 * The build's one pass over the finished pages, after the search index has read them (its
 * integration comes first in astro.config.mjs): takes out what only the indexer needed and the
 * styles of components the page does not show, and writes the policy into every page with a <head> (Astro's forwarding pages for moved
 * addresses have none and load nothing). Returns the hashes of all their stylesheets, sorted,
 * for the header policy.
 */
export async function writePagePolicies(dir: URL): Promise<string[]> {
  const root = fileURLToPath(dir);
  const all = await readdir(root, { recursive: true, encoding: 'utf8' });
  const files = all.filter((file) => file.endsWith('.html'));
  const scripts = (
    await Promise.all(all.filter((file) => file.endsWith('.js')).map((file) => readFile(path.join(root, file), 'utf8')))
  ).join('\n');
  const hashes = new Set<string>();
  for (const file of files.sort()) {
    const full = path.join(root, file);
    const html = withoutUnusedStyles(withoutIndexMarkup(await readFile(full, 'utf8')), scripts);
    if (!html.includes('<head>')) continue;
    const own = inlineStyleHashes(html);
    for (const hash of own) hashes.add(hash);
    await writeFile(full, withQuietScripts(withPagePolicy(html, file, own)));
  }
  return [...hashes].sort();
}
