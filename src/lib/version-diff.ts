/**
 * What changed between two versions of a page, block by block and within a block word by word
 * (jsdiff): the blocks of the two texts are matched first, so a paragraph that moved or stayed
 * is no change, and each changed block is then compared word by word with the block it replaced.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { textBlocks, type TextBlock } from './version-text';

/** A run of words in a changed block: the same in both versions, gone, or new. */
export interface WordChange {
  text: string;
  change: 'same' | 'deleted' | 'inserted';
}

/** A block that differs: its shape (from the newer version where it has one) and its words. */
export interface ChangedBlock extends Omit<TextBlock, 'text'> {
  words: WordChange[];
}

/**
 * The words of a block that changed, as runs: jsdiff compares with white space as words of their
 * own (`diffWords` would not see a space become a no-break space, and a typography fix is a
 * change too), and a space left between two changes joins them, so a rewritten phrase reads as
 * one struck-through and one inserted run rather than word against word.
 */
export function wordChanges(before: string, after: string): WordChange[] {
  const parts = diffWordsWithSpace(before, after);
  const runs: WordChange[] = [];
  for (let index = 0; index < parts.length;) {
    const part = parts[index];
    if (part && !part.added && !part.removed) {
      runs.push({ text: part.value, change: 'same' });
      index += 1;
      continue;
    }
    let deleted = '';
    let inserted = '';
    for (; index < parts.length; index += 1) {
      const next = parts[index];
      const after = parts[index + 1];
      if (next?.removed) deleted += next.value;
      else if (next?.added) inserted += next.value;
      else if (next && /^\s+$/.test(next.value) && (after?.added || after?.removed)) {
        deleted += next.value;
        inserted += next.value;
      } else break;
    }
    if (deleted !== '') runs.push({ text: deleted, change: 'deleted' });
    if (inserted !== '') runs.push({ text: inserted, change: 'inserted' });
  }
  return runs;
}

const key = (block: TextBlock) => `${String(block.quotes)}|${block.kind}|${String(block.level)}|${block.text}`;

const whole = (block: TextBlock, change: WordChange['change']): ChangedBlock => ({
  kind: block.kind,
  level: block.level,
  quotes: block.quotes,
  words: [{ text: block.text, change }],
});

/** The blocks of `after` that differ from `before`, in reading order, with their words marked. */
export function changedBlocks(before: string, after: string): ChangedBlock[] {
  const old = textBlocks(before);
  const now = textBlocks(after);
  const changed: ChangedBlock[] = [];
  let removed: TextBlock[] = [];
  let added: TextBlock[] = [];
  // A run of removed blocks and the run added in their place: the first of each pair are
  // compared word by word, the rest are gone or new as a whole.
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    added.slice(0, paired).forEach((is, index) => {
      changed.push({
        kind: is.kind,
        level: is.level,
        quotes: is.quotes,
        words: wordChanges(removed[index]?.text ?? '', is.text),
      });
    });
    changed.push(...removed.slice(paired).map((block) => whole(block, 'deleted')));
    changed.push(...added.slice(paired).map((block) => whole(block, 'inserted')));
    removed = [];
    added = [];
  };
  let oldIndex = 0;
  let newIndex = 0;
  for (const part of diffArrays(old.map(key), now.map(key))) {
    const count = part.value.length;
    if (part.removed) {
      removed.push(...old.slice(oldIndex, oldIndex + count));
      oldIndex += count;
    } else if (part.added) {
      added.push(...now.slice(newIndex, newIndex + count));
      newIndex += count;
    } else {
      flush();
      oldIndex += count;
      newIndex += count;
    }
  }
  flush();
  return changed;
}

interface RenderOptions {
  /** Headings as headings, this many levels below their level on the page (`#` → h1 + shift); false: as bold paragraphs. */
  headingShift: number | false;
  /** Read out before deleted and inserted words. */
  labels: { deleted: string; inserted: string };
}

const element = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function inline(block: TextBlock | ChangedBlock, { labels }: RenderOptions): ElementContent[] {
  if ('text' in block) return [{ type: 'text', value: block.text }];
  return block.words.map((part): ElementContent => {
    if (part.change === 'same') return { type: 'text', value: part.text };
    const label = part.change === 'deleted' ? labels.deleted : labels.inserted;
    return element(part.change === 'deleted' ? 'del' : 'ins', [
      // Spaces on both sides: read out or copied, the label never runs into the words around it.
      element('span', [{ type: 'text', value: ` ${label} ` }], { className: ['visually-hidden'] }),
      { type: 'text', value: part.text },
    ]);
  });
}

function blockElement(block: TextBlock | ChangedBlock, options: RenderOptions): Element {
  const children = inline(block, options);
  if (block.kind === 'item') return element('li', children);
  if (block.kind === 'heading') {
    return options.headingShift === false
      ? element('p', [element('strong', children)])
      : element(`h${String(Math.min(6, block.level + options.headingShift))}`, children);
  }
  return element('p', children);
}

/** Blocks as markup: runs of list items in one list, runs of quoted blocks in one quotation. */
function blocksToHast(blocks: readonly (TextBlock | ChangedBlock)[], options: RenderOptions): Element[] {
  const out: Element[] = [];
  for (let index = 0; index < blocks.length;) {
    const start = index;
    const block = blocks[start];
    if (!block) break;
    // The blocks from here on that `same` accepts.
    const run = (same: (other: TextBlock | ChangedBlock) => boolean) => {
      const end = blocks.findIndex((other, at) => at >= start && !same(other));
      return blocks.slice(start, end === -1 ? blocks.length : end);
    };
    if (block.quotes > 0) {
      const quoted = run((other) => other.quotes > 0);
      out.push(
        element(
          'blockquote',
          blocksToHast(
            quoted.map((other) => ({ ...other, quotes: other.quotes - 1 })),
            options,
          ),
        ),
      );
      index += quoted.length;
    } else if (block.kind === 'item') {
      const items = run((other) => other.quotes === 0 && other.kind === 'item');
      out.push(
        element(
          'ul',
          items.map((item) => blockElement(item, options)),
        ),
      );
      index += items.length;
    } else {
      out.push(blockElement(block, options));
      index += 1;
    }
  }
  return out;
}

/** A version's text, or the changed blocks of one, as HTML. */
export function blocksHtml(blocks: readonly (TextBlock | ChangedBlock)[], options: RenderOptions): string {
  return toHtml({ type: 'root', children: blocksToHast(blocks, options) });
}
