/**
 * The controls next to every linkable passage (section headings and quotations): a plain
 * anchor link, which works without JavaScript, and a "Link kopieren" button that
 * `scripts/copy-link.ts` reveals where the browser can write to the clipboard.
 *
 * Built as hast so the rehype plugin (headings written in MDX) and the Astro components
 * (headings from layouts, quotations) emit the same markup from one place.
 */
import type { Element } from 'hast';
import { ui } from '../strings';

const text = (value: string) => ({ type: 'text' as const, value });
const hidden = (value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['visually-hidden'] },
  children: [text(value)],
});

export interface LinkTarget {
  /** The element id the link points to. */
  id: string;
  /** Accessible name of the anchor link, e.g. „Link zum Abschnitt „Quelle““. */
  linkLabel: string;
  /** What the copy button copies a link to, e.g. „Abschnitt „Quelle““. */
  copyLabel: string;
}

export function linkControls({ id, linkLabel, copyLabel }: LinkTarget): Element {
  return {
    type: 'element',
    tagName: 'copy-link',
    // The messages of all link controls stand once on the page's <body>; the search index
    // leaves the controls out by their element name.
    properties: { className: ['link-controls'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['anchor-link'], href: `#${id}` },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [text('#')] },
          hidden(linkLabel),
        ],
      },
      {
        type: 'element',
        tagName: 'button',
        // Hidden until the script finds a clipboard; without one the anchor link is the way to share.
        // The accessible name starts with the visible label and adds which passage it copies.
        properties: {
          type: 'button',
          className: ['copy-button'],
          ariaLabel: `${ui.copyLink.button}: ${copyLabel}`,
          hidden: true,
        },
        children: [text(ui.copyLink.button)],
      },
      // A polite live region rather than role="status": a page has many of these, and the
      // page's one status (e.g. the search's) stays the only element with that role.
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['copy-status'], ariaLive: 'polite' },
        children: [],
      },
    ],
  };
}

/** A section heading with this id and text. */
export const sectionTarget = (id: string, heading: string): LinkTarget => ({
  id,
  linkLabel: ui.anchor.label(heading),
  copyLabel: ui.copyLink.section(heading),
});

/** A quotation, named by who speaks in it (a rebutted claim has no speaker). */
export const quoteTarget = (anchor: string, speaker: string | undefined): LinkTarget => ({
  id: anchor,
  linkLabel: speaker ? ui.copyLink.quoteLink(speaker) : ui.copyLink.claimQuoteLink,
  copyLabel: speaker ? ui.copyLink.quote(speaker) : ui.copyLink.claimQuote,
});
