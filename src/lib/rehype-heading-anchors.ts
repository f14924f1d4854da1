/**
 * Gives every section heading (h2–h4) that has an id a visible anchor link, in the same
 * markup as `components/SectionHeading.astro`, so headings from MDX and from layouts look
 * and behave alike. Runs after rehype-slug, which sets the ids.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { ui } from '../strings';

const LEVELS = new Set(['h2', 'h3', 'h4']);

/** The anchor link placed after a heading; shared with the Astro component. */
export function anchorLink(id: string, headingText: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}` },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: ui.anchor.label(headingText) }],
      },
    ],
  };
}

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!LEVELS.has(node.tagName) || parent == null || index == null) return;
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, anchorLink(id, toString(node)) as ElementContent],
      };
      parent.children.splice(index, 1, wrapper);
      // Skip the wrapper's children: the heading inside it is already handled.
      return index + 1;
    });
  };
}
