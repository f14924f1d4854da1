/**
 * Gives every section heading (h2–h4) that has an id its link controls (anchor link and
 * „Link kopieren“), the same markup headings from layouts get, so headings from MDX and
 * from layouts look and behave alike. Runs after rehype-slug, which sets the ids from the
 * headings' words.
 *
 * A section address is published once a page is: where a heading's wording changed, the file's
 * frontmatter `anchors` maps the heading as it reads now to the id it was published with, and that
 * id stays (the content check fails for a heading the body does not have).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { linkControls, sectionTarget } from './link-controls';

const LEVELS = new Set(['h2', 'h3', 'h4']);

/** The frontmatter's `anchors` as Astro hands it to the plugins: heading → published id. */
function keptAnchors(file: VFile): Record<string, string> {
  const astro = file.data.astro as { frontmatter?: { anchors?: unknown } } | undefined;
  const anchors = astro?.frontmatter?.anchors;
  return anchors !== null && typeof anchors === 'object' ? (anchors as Record<string, string>) : {};
}

export function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const kept = keptAnchors(file);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!LEVELS.has(node.tagName) || parent == null || index == null) return;
      const published = kept[toString(node)];
      if (published !== undefined) node.properties.id = published;
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
