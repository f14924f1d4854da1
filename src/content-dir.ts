/**
 * Where the content lives. `CONTENT_DIR` lets the tests and the benchmark build the site from
 * fixture or generated content without touching `content/`.
 */
import path from 'node:path';

export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');
