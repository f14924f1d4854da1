/**
 * JSON-LD (schema.org) for search engines and citation tools. Every page is a `WebPage` of
 * the `WebSite`; a claim page adds an `Article` about the `Claim` (a topic page: about a
 * `Thing`), citing the reports it quotes, mentioning the statement, and listing Microsoft's
 * quotations with their speakers. Deliberately no `ClaimReview`: that
 * type is for independent fact checks, and this site presents Microsoft's position.
 * Every address is absolute, built from the one site setting.
 */
import { absoluteUrl, site } from '../site.config';
import { isoDate } from '../dates';
import { LOCALE } from '../locale';
import { ui } from '../strings';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../lib/preview-image';
import { shownWording, type Model } from './model';
import type { Claim, ResolvedQuote, ResolvedSource } from './types';

/** One node of the JSON-LD graph. */
export type Node = Record<string, unknown>;

const WEBSITE_ID = `${site.url}#website`;

/** The line under the site's name: what the site shows, with the statement's date and the report's publisher. */
export const siteTagline = (model: Model): string => ui.home.tagline(model.statementPublished, model.report.publisher);

/** Whose position the site presents and on what text, with the statement's date and the text basis's publisher. */
export const siteDisclosure = (model: Model): string => ui.disclosure(model.statementPublished, model.report.publisher);

/**
 * The site; its description and language stand on the start page only; every other page names
 * the site and points to it by `@id`, as search engines join a site's pages.
 */
export function websiteNode(model: Model, full: boolean): Node {
  const node: Node = { '@type': 'WebSite', '@id': WEBSITE_ID, url: site.url, name: site.name };
  return full ? { ...node, description: siteTagline(model), inLanguage: LOCALE } : node;
}

export function webPageNode(page: { url: string; title: string; description: string; imagePath: string }): Node {
  return {
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: LOCALE,
    isPartOf: { '@id': WEBSITE_ID },
    primaryImageOfPage: {
      '@type': 'ImageObject',
      url: absoluteUrl(page.imagePath),
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
    },
  };
}

const creativeWork = (source: ResolvedSource): Node => ({
  '@type': 'CreativeWork',
  name: source.title ?? source.label ?? source.publisher,
  url: source.url,
  publisher: { '@type': 'Organization', name: source.publisher },
});

/** A source the page's quotations come from: described once in the graph, referred to by its address. */
const sourceNode = (source: ResolvedSource): Node => ({ '@id': source.url, ...creativeWork(source) });
const sourceRef = (source: ResolvedSource): Node => ({ '@id': source.url });

/** A speaker with a role is a person; the register leaves out the role for an organisation. */
const speakerNode = (speaker: NonNullable<ResolvedQuote['speaker']>): Node =>
  speaker.role
    ? { '@type': 'Person', name: speaker.name, jobTitle: speaker.role }
    : { '@type': 'Organization', name: speaker.name };

function quotationNode(quote: ResolvedQuote, pageUrl: string): Node {
  return {
    '@type': 'Quotation',
    // The address of the quotation on the page is its identifier; its language is the article's.
    '@id': `${pageUrl}#${quote.anchor}`,
    text: quote.text,
    ...(quote.speaker && { spokenByCharacter: speakerNode(quote.speaker) }),
    isBasedOn: sourceRef(quote.source),
  };
}

/**
 * A claim page's article, followed by the sources its claim and quotations appear in (each
 * once, referred to from the article by address).
 */
export function claimArticleNodes(claim: Claim, model: Model, pageUrl: string, imagePath: string): Node[] {
  const { statement } = model;
  const updated = model.history(claim.path)?.latest.date;
  const sources = new Map(
    [claim.claimQuote?.source, ...claim.quotes.map((quote) => quote.source)]
      .filter((source) => source !== undefined)
      .map((source) => [source.url, source]),
  );
  const article: Node = {
    '@type': 'Article',
    '@id': `${pageUrl}#artikel`,
    mainEntityOfPage: { '@id': pageUrl },
    headline: shownWording(claim),
    description: claim.data.summary,
    inLanguage: LOCALE,
    ...(updated && { dateModified: isoDate(updated) }),
    image: absoluteUrl(imagePath),
    // Only a quoted claim is a schema.org `Claim`; a topic in the site's words is what the page is about, not a claim anyone made.
    about: claim.claimQuote
      ? {
          '@type': 'Claim',
          text: claim.wording,
          description: ui.claim.eyebrowVerbatim,
          appearance: sourceRef(claim.claimQuote.source),
        }
      : { '@type': 'Thing', name: claim.wording, description: ui.claim.paraphraseNote },
    // The page cites the reports it quotes and follows; the statement itself is not available to the
    // site, so it is only mentioned, as Microsoft's publication.
    citation: claim.reports.map((report) => creativeWork(report.source)),
    mentions: {
      ...creativeWork(statement),
      author: { '@type': 'Organization', name: statement.publisher },
    },
    hasPart: claim.quotes.map((quote) => quotationNode(quote, pageUrl)),
  };
  return [article, ...[...sources.values()].map(sourceNode)];
}

/** The `<script type="application/ld+json">` body; `<` is escaped so text can never end the element. */
export function jsonLd(nodes: Node[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replaceAll('<', '\\u003c');
}
