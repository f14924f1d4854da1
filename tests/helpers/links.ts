/**
 * The link checker: reads built pages and finds every address they point to (links, images,
 * stylesheets, scripts, the search form, canonical and preview addresses), then checks that
 * each address on the site leads to a file and each `#fragment` to an element of its page.
 * Addresses on other hosts are collected for a report, never fetched: the tests make no
 * request to another host.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface FoundLink {
  /** The address as written in the page. */
  href: string;
  /** Where it was found, e.g. `<a>` or `<link rel="canonical">`. */
  where: string;
  /** For `<a>`: the name a screen reader announces. */
  name?: string;
}

export interface ParsedPage {
  /** Every id and every `<a name>`: what a `#fragment` can point to. */
  anchors: Set<string>;
  links: FoundLink[];
}

/** Link texts that do not say where they lead, compared without case and punctuation. */
export const VAGUE_LINK_TEXTS = new Set([
  '',
  'hier',
  'mehr',
  'link',
  'klicken',
  'hier klicken',
  'klicken sie hier',
  'mehr lesen',
  'mehr erfahren',
  'weiterlesen',
  'weiter',
  'dieser link',
  'here',
  'click here',
  'more',
  'read more',
]);

export function isVague(name: string): boolean {
  return VAGUE_LINK_TEXTS.has(
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : undefined;

/** Visible text of a subtree as assistive technology reads it: hidden parts left out, image alt texts in. */
function readableText(node: Element | Root): string {
  let result = '';
  for (const child of node.children) {
    if (child.type === 'text') result += child.value;
    else if (child.type === 'element') {
      if (child.properties.ariaHidden === 'true' || child.properties.hidden !== undefined) continue;
      if (child.tagName === 'img') result += ` ${text(child.properties.alt) ?? ''} `;
      else result += readableText(child);
    }
  }
  return result;
}

/** The accessible name of a link, following the order browsers use for links. */
function accessibleName(link: Element, byId: Map<string, Element>): string {
  const labelledBy = text(link.properties.ariaLabelledBy);
  const name = labelledBy
    ? labelledBy
        .split(/\s+/)
        .map((id) => {
          const labelling = byId.get(id);
          return labelling ? readableText(labelling) : '';
        })
        .join(' ')
    : (text(link.properties.ariaLabel) ?? readableText(link));
  const collapsed = name.replace(/\s+/g, ' ').trim();
  return collapsed || (text(link.properties.title) ?? '').trim();
}

export function parsePage(html: string): ParsedPage {
  const tree = fromHtml(html);
  const anchors = new Set<string>();
  const byId = new Map<string, Element>();
  const elements: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    elements.push(node);
    const id = text(node.properties.id);
    if (id) {
      anchors.add(id);
      byId.set(id, node);
    }
    const name = text(node.properties.name);
    if (node.tagName === 'a' && name) anchors.add(name);
  });

  const links: FoundLink[] = [];
  const add = (href: unknown, where: string, name?: string) => {
    const value = text(href);
    if (value !== undefined) links.push({ href: value.trim(), where, ...(name !== undefined && { name }) });
  };
  for (const node of elements) {
    const p = node.properties;
    switch (node.tagName) {
      case 'a':
      case 'area':
        if (p.href !== undefined) add(p.href, `<${node.tagName}>`, accessibleName(node, byId));
        break;
      case 'link':
        add(p.href, `<link rel="${text(p.rel) ?? ''}">`);
        break;
      case 'img':
      case 'script':
      case 'source':
      case 'iframe':
        add(p.src, `<${node.tagName}>`);
        for (const candidate of (text(p.srcSet) ?? '').split(',')) {
          if (candidate.trim()) add(candidate.trim().split(/\s+/)[0], `<${node.tagName} srcset>`);
        }
        break;
      case 'form':
        add(p.action, '<form action>');
        break;
      case 'meta': {
        // Preview and canonical addresses a messenger or search engine follows.
        const key = text(p.property) ?? text(p.name) ?? '';
        if (/^(og:(url|image)|twitter:image)$/.test(key)) add(p.content, `<meta ${key}>`);
        break;
      }
    }
  }
  return { anchors, links };
}

export interface SitePage {
  address: string;
  html: string;
  isRedirect: boolean;
}

export interface LinkReport {
  /** One line per broken or vague link: page, where, address and what is wrong. */
  problems: string[];
  /** Addresses on other hosts (and mailto:) with the pages that use them. */
  external: Map<string, Set<string>>;
}

/**
 * Checks every page's links against the site. `files` lists every file of the output folder
 * by its address (`/favicon.svg`, `/quellen/index.html`); `site` is the public address, so
 * absolute links to it (canonical, previews) count as internal.
 */
export function checkLinks(pages: readonly SitePage[], files: ReadonlySet<string>, site: string): LinkReport {
  const origin = new URL(site).origin;
  const parsed = new Map(pages.map((page) => [page.address, { page, ...parsePage(page.html) }]));
  const problems: string[] = [];
  const external = new Map<string, Set<string>>();

  for (const { page, links } of parsed.values()) {
    if (page.isRedirect) continue;
    for (const link of links) {
      const problem = (message: string) => problems.push(`${page.address}: ${link.where} "${link.href}" ${message}`);

      if (link.name !== undefined && isVague(link.name)) {
        problems.push(
          `${page.address}: ${link.where} "${link.href}" has the text "${link.name}", which does not say where it leads`,
        );
      }
      if (link.href === '' || link.href === '#') {
        problem('leads nowhere');
        continue;
      }
      let url: URL;
      try {
        url = new URL(link.href, new URL(page.address, origin));
      } catch {
        problem('is not a valid address');
        continue;
      }
      if (url.protocol === 'javascript:') {
        problem('runs script instead of leading somewhere');
        continue;
      }
      if (url.origin !== origin) {
        const key = url.href;
        if (!external.has(key)) external.set(key, new Set());
        external.get(key)?.add(page.address);
        continue;
      }

      const path = decodeURIComponent(url.pathname);
      let target: string;
      if (path.endsWith('/')) {
        target = path;
        if (!files.has(`${path}index.html`)) {
          problem('leads to a page that does not exist');
          continue;
        }
      } else if (files.has(path)) {
        target = path;
      } else if (files.has(`${path}/index.html`)) {
        problem(`lacks the trailing slash; the server answers with a redirect to "${path}/"`);
        continue;
      } else {
        problem('leads to a file that does not exist');
        continue;
      }

      const targetPage = parsed.get(target);
      if (targetPage?.page.isRedirect) {
        problem('leads to a moved address; link to its new place');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (url.hash !== '' && !targetPage) {
        problem('has a #fragment, but the target is no HTML page');
      } else if (fragment === '' && url.hash === '#') {
        problem('has an empty #fragment');
      } else if (fragment !== '' && !targetPage?.anchors.has(fragment)) {
        problem(`points to #${fragment}, but ${target} has no element with that id`);
      }
    }
  }
  return { problems, external };
}
