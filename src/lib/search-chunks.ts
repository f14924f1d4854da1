/**
 * Pagefind's word index in small parts, cut again after Pagefind wrote it (its WebAssembly is
 * made lighter in the wasm-compression module). Pagefind cuts its word index only every 20,000
 * word positions, so this whole site's index is one file (about 14 KB compressed) that every
 * first query fetches. `rechunkIndex` cuts it into parts of at most `CHUNK_BYTES`, by the start
 * of the words, and rewrites the list of parts in the index metadata; a query then fetches only
 * the part its words start in. Nothing else changes: the same words, pages, positions and
 * weights, in Pagefind's own file format, so `pagefind.search()` ranks as before.
 *
 * Where parts are cut. Pagefind looks a search term up among the words of the parts it has
 * loaded: every word that starts with the term, or else the longest word the term starts with.
 * All such words start with the term's first letter, so a part boundary between two first
 * letters never changes a result. `chunkWords` cuts only there while the words of one letter
 * fit in a part; a letter with more words is cut by its first two letters, and so on (what
 * Pagefind's own cutting does for large sites). Each part's range in the metadata runs up to
 * the next part's, so every term falls in exactly one part.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor';

/** Upper bound for one part of the word index, in bytes before compression (about 2 KB after). */
export const CHUNK_BYTES = 4500;

const utf8 = new TextEncoder();

/** Pagefind's files start with this after decompression. */
const SIGNATURE = utf8.encode('pagefind_dcd');

/** One word of the index as Pagefind encodes it: the word, then its pages and positions. */
export type IndexWord = [string, ...CborValue[]];

/** The highest code point: `prefix + LAST` sorts after every word that starts with `prefix`. */
const LAST = String.fromCodePoint(0x10ffff);

/** Compares as Pagefind (Rust) compares strings: by their UTF-8 bytes. */
export function byBytes(a: string, b: string): number {
  return Buffer.compare(utf8.encode(a), utf8.encode(b));
}

/**
 * Splits the sorted `words` into parts of at most `limit` encoded bytes, cutting between
 * different first letters while one letter's words fit, else between different first two
 * letters, and so on. A single word larger than `limit` is a part of its own.
 */
export function chunkWords(words: readonly IndexWord[], limit = CHUNK_BYTES): IndexWord[][] {
  const size = new Map(words.map((word) => [word, encodeCbor(word).length]));
  const total = (list: readonly IndexWord[]) => list.reduce((sum, word) => sum + (size.get(word) ?? 0), 0);
  const parts: IndexWord[][] = [];

  const split = (list: readonly IndexWord[], depth: number) => {
    if (list.length <= 1 || total(list) <= limit) {
      parts.push([...list]);
      return;
    }
    // Groups of words that agree in their first `depth + 1` characters, in index order.
    const groups: IndexWord[][] = [];
    let key: string | undefined;
    for (const word of list) {
      const start = Array.from(word[0])
        .slice(0, depth + 1)
        .join('');
      if (start === key) groups.at(-1)?.push(word);
      else groups.push([word]);
      key = start;
    }
    if (groups.length === 1) {
      split(list, depth + 1);
      return;
    }
    let part: IndexWord[] = [];
    for (const group of groups) {
      if (total(group) > limit) {
        if (part.length > 0) parts.push(part);
        part = [];
        split(group, depth + 1);
      } else {
        if (part.length > 0 && total(part) + total(group) > limit) {
          parts.push(part);
          part = [];
        }
        part.push(...group);
      }
    }
    if (part.length > 0) parts.push(part);
  };

  split(words, 0);
  return parts;
}

/**
 * The range of search terms each part answers for, as Pagefind reads it (`from <= term <= to`):
 * from the shortest start of its first word that sorts after the previous part's last word,
 * up to just below the next part's start. Together they cover every term, without gaps.
 */
export function chunkRanges(parts: readonly (readonly IndexWord[])[]): { from: string; to: string }[] {
  const starts = parts.map((part, index) => {
    if (index === 0) return '';
    const first = Array.from(part[0]?.[0] ?? '');
    const previous = Array.from(parts[index - 1]?.at(-1)?.[0] ?? '');
    let common = 0;
    while (common < first.length && first[common] === previous[common]) common += 1;
    return first.slice(0, common + 1).join('');
  });
  return starts.map((from, index) => {
    const next = starts[index + 1];
    if (next === undefined) return { from, to: LAST };
    const chars = Array.from(next);
    const lastChar = chars.pop()?.codePointAt(0) ?? 1;
    // One below the next part's start, then anything after it.
    const below = lastChar - 1 >= 0xd800 && lastChar - 1 <= 0xdfff ? 0xd7ff : lastChar - 1;
    return { from, to: chars.join('') + String.fromCodePoint(below) + LAST };
  });
}

function unpack(file: Uint8Array, name: string): CborValue {
  const bytes = gunzipSync(file);
  if (!SIGNATURE.every((byte, index) => bytes[index] === byte))
    throw new Error(`${name} is not a Pagefind file (no signature)`);
  return decodeCbor(bytes.subarray(SIGNATURE.length));
}

function pack(value: CborValue): Buffer {
  const body = encodeCbor(value);
  const bytes = new Uint8Array(SIGNATURE.length + body.length);
  bytes.set(SIGNATURE);
  bytes.set(body, SIGNATURE.length);
  return gzipSync(bytes, { level: 9 });
}

/** A file name from the content's hash, as Pagefind names its files (`de_1a2b3c4`). */
function hashName(prefix: string, bytes: Uint8Array, length: number, taken: Set<string>): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  let name = `${prefix}_${hash.slice(0, length)}`;
  for (let extra = length + 1; taken.has(name); extra += 1) name = `${prefix}_${hash.slice(0, extra)}`;
  taken.add(name);
  return name;
}

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** One part of a word index as the metadata lists it, with its words. */
export interface IndexPart {
  from: string;
  to: string;
  name: string;
  words: IndexWord[];
}

/** The word index of language `lang` in the bundle folder `bundleDir`, part by part. */
export async function readIndex(
  bundleDir: string,
  lang: string,
): Promise<{ entry: Entry; metaFile: string; meta: CborValue[]; parts: IndexPart[] }> {
  const entryFile = path.join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as Entry;
  const language = entry.languages[lang];
  if (!language) throw new Error(`${entryFile} has no index for "${lang}"`);

  const metaFile = path.join(bundleDir, `pagefind.${language.hash}.pf_meta`);
  const meta = unpack(await readFile(metaFile), metaFile);
  // Pagefind's metadata: [version, pages, index chunks [[from, to, name]], filters, …].
  const listed = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(meta) || !Array.isArray(listed))
    throw new Error(`${metaFile} does not list index chunks where Pagefind 1.6 does`);

  const parts = await Promise.all(
    listed.map(async (chunk) => {
      const [from, to, name] = Array.isArray(chunk) ? chunk : [];
      if (typeof from !== 'string' || typeof to !== 'string' || typeof name !== 'string')
        throw new Error(`${metaFile} lists an index chunk without its range and name`);
      const file = path.join(bundleDir, 'index', `${name}.pf_index`);
      const index = unpack(await readFile(file), file);
      const words = Array.isArray(index) ? index[0] : undefined;
      if (!Array.isArray(words)) throw new Error(`${file} has no word list where Pagefind 1.6 has it`);
      for (const word of words)
        if (!Array.isArray(word) || typeof word[0] !== 'string') throw new Error(`${file} has a word that is not one`);
      return { from, to, name, words: words as IndexWord[] };
    }),
  );
  return { entry, metaFile, meta, parts };
}

/**
 * Cuts the word index of language `lang` in the bundle folder `bundleDir` again with `cut`
 * (by default `chunkWords`), writes the parts and a new metadata file that lists them, points
 * `pagefind-entry.json` at it and removes the files they replace. Returns the number of parts.
 */
export async function rechunkIndex(
  bundleDir: string,
  lang: string,
  cut: (words: readonly IndexWord[]) => IndexWord[][] = chunkWords,
): Promise<number> {
  const { entry, metaFile, meta, parts: old } = await readIndex(bundleDir, lang);
  const words = old.flatMap((part) => part.words).sort((a, b) => byBytes(a[0], b[0]));
  const parts = cut(words);
  const ranges = chunkRanges(parts);
  const indexDir = path.join(bundleDir, 'index');
  const taken = new Set<string>();
  const listed: CborValue[] = [];
  const written: [string, Buffer][] = [];
  for (const [index, part] of parts.entries()) {
    const name = hashName(lang, encodeCbor([part]), 7, taken);
    written.push([path.join(indexDir, `${name}.pf_index`), pack([part])]);
    const { from, to } = ranges[index] ?? { from: '', to: LAST };
    listed.push([from, to, name]);
  }

  const newMeta = [...meta];
  newMeta[2] = listed;
  const metaName = hashName(lang, encodeCbor(newMeta), 10, new Set());
  await Promise.all(old.map((part) => rm(path.join(indexDir, `${part.name}.pf_index`))));
  await rm(metaFile);
  await Promise.all(written.map(([file, bytes]) => writeFile(file, bytes)));
  await writeFile(path.join(bundleDir, `pagefind.${metaName}.pf_meta`), pack(newMeta));
  const language = entry.languages[lang];
  if (language) language.hash = metaName;
  await writeFile(path.join(bundleDir, 'pagefind-entry.json'), JSON.stringify(entry));
  return parts.length;
}
