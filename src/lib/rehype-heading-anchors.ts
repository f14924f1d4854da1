/**
 * Gives every section heading (h2–h4) that has an id its link controls (anchor link and
 * „Link kopieren“), the same markup headings from layouts get, so headings from MDX and
 * from layouts look and behave alike. Runs after rehype-slug, which sets the ids.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { linkControls, sectionTarget } from './link-controls';

const LEVELS = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!LEVELS.has(node.tagName) || parent == null || index == null) return;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
        children: [node, linkControls(sectionTarget(id, toString(node)))],
      };
      parent.children.splice(index, 1, wrapper);
      // Skip the wrapper's children: the heading inside it is already handled.
      return index + 1;
    });
  };
}
