/**
 * The controls next to every linkable passage (section headings and quotations): a plain
 * anchor link, which works without JavaScript, and a „Link kopieren“ button that the page
 * script adds where the browser can write to the clipboard.
 *
 * The page carries only the link and, in `data-copy`, the name of the button to come: a button
 * that cannot work without the script, and its empty status line, would be markup on every
 * page for nothing, eight times on a claim page.
 *
 * Built as hast so the rehype plugin (headings written in MDX) and the Astro components
 * (headings from layouts, quotations) emit the same markup from one place.
 */
import type { Element } from 'hast';
import { ui } from '../strings';
import { notInVersionText } from './version-text';

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
    // The search index leaves the controls out by their element name. The button's accessible
    // name starts with its visible label and adds which passage it copies; the script shows the
    // part before the colon. A „#“ is no word of the page's text.
    properties: { className: ['link-controls'], dataCopy: `${ui.copyLink.button}: ${copyLabel}`, ...notInVersionText },
    children: [
      {
        type: 'element',
        tagName: 'a',
        // Named by aria-label: the visible „#“ says nothing on its own.
        properties: { href: `#${id}`, ariaLabel: linkLabel },
        children: [{ type: 'text', value: '#' }],
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
