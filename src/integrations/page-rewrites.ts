/**
 * The pass over the finished pages after the search index has read them: each rewrite is a
 * named function that takes a page's HTML and gives it back changed, applied in the order the
 * pipeline lists them. Astro's forwarding pages for moved addresses have no <head>, load
 * nothing and are left as they are.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { metaPolicy } from '../security';
import { withoutIndexMarkup } from '../lib/search-markup';
import { classUse, withoutUnusedRules } from '../lib/unused-styles';

/** A built page as the rewrites see it. */
export interface Page {
  /** The file inside the output folder: `quellen/index.html`. */
  file: string;
  html: string;
}

/** What every rewrite may read besides the page: the text of the site's scripts. */
export interface Site {
  scripts: string;
}

export type PageRewrite = (page: Page, site: Site) => string | Promise<string>;

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

/** The hashes of the inline stylesheets of all `pages`, sorted: what the header policy allows. */
export function styleHashes(pages: readonly Page[]): string[] {
  return [...new Set(pages.flatMap((page) => inlineStyleHashes(page.html)))].sort();
}

/** Takes out what only the indexer read (`withoutIndexMarkup`): readers download the pages without it. */
export const stripIndexMarkup: PageRewrite = ({ html }) => withoutIndexMarkup(html);

/**
 * Takes the rules for components the page does not show out of its stylesheets
 * (`src/lib/unused-styles.ts`). A class the site's scripts name stays, since they may add it.
 */
export const pruneUnusedStyles: PageRewrite = ({ html }, { scripts }) => {
  const isUsed = classUse(html, scripts);
  return html.replace(
    STYLE,
    (_, open: string, css: string, close: string) => open + withoutUnusedRules(css, isUsed) + close,
  );
};

/**
 * Writes the page's own Content-Security-Policy as the first thing after the character set: a
 * meta policy covers only what follows it, so it stands before the stylesheet and every script.
 * A page carries its stylesheet inline (one request less on a first visit, see
 * `build.inlineStylesheets`), so the policy allows exactly that stylesheet by its hash, which
 * is why this comes after every rewrite that changes the styles. Astro's own `security.csp`
 * lists the hashes of every stylesheet and script of the whole site on every page (1 KB of
 * incompressible text per page); this writes only the page's own. The header policy is the
 * same for every page and lists the hashes of all of them.
 */
export const addPagePolicy: PageRewrite = ({ file, html }) => {
  if (!html.includes(CHARSET)) throw new Error(`page-policy: ${file} has no ${CHARSET} to put its policy after`);
  const policy = `<meta http-equiv="content-security-policy" content="${metaPolicy(inlineStyleHashes(html))}">`;
  return html.replace(CHARSET, CHARSET + policy);
};

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/**
 * The page's script only waits for the reader's first move (search, copy buttons): it is a
 * module, so it never held up the first paint, but Chromium fetches it at high priority, next
 * to what the reader sees first. `fetchpriority="low"` lets the page go first. Astro writes
 * the tag of a bundled script itself and would treat one with more attributes as inline code,
 * so the attribute is added here.
 */
export const lowerScriptPriority: PageRewrite = ({ html }) =>
  html.replace(MODULE_SCRIPT, '<script type="module" src="$1" fetchpriority="low"></script>');

/**
 * Applies `rewrites` in their order to every page with a <head> in `dir` and writes it back.
 * Returns the pages as written.
 */
export async function rewritePages(dir: string, rewrites: readonly PageRewrite[]): Promise<Page[]> {
  const all = await readdir(dir, { recursive: true, encoding: 'utf8' });
  const scripts = (
    await Promise.all(all.filter((file) => file.endsWith('.js')).map((file) => readFile(path.join(dir, file), 'utf8')))
  ).join('\n');
  const pages: Page[] = [];
  for (const file of all.filter((name) => name.endsWith('.html')).sort()) {
    const full = path.join(dir, file);
    const page = { file, html: await readFile(full, 'utf8') };
    if (!page.html.includes('<head>')) continue;
    for (const rewrite of rewrites) page.html = await rewrite(page, { scripts });
    await writeFile(full, page.html);
    pages.push(page);
  }
  return pages;
}
