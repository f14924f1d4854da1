/**
 * What `npm run fassung` does once the build it started has checked the pages: takes the
 * texts that check left in the cache folder and records a version of the pages asked for, or
 * of every page the check listed (`--alle-geaenderten`).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../data/content-error';
import { TEXTS_FILE, type CheckedTexts } from './version-check';
import { recordVersions, type RecordedVersion } from './version-registers';

export interface RecordRequestFromCheck {
  cacheDir: string;
  contentDir: string;
  /** The id the build was started with; the texts must be that build's. */
  run: string;
  /** The pages to record, or `all` for every page the check listed. */
  addresses: readonly string[] | 'all';
  note: string;
  /** The version's day, YYYY-MM-DD. */
  date: string;
}

/** Records the versions; throws a `ContentError` that says why when it cannot. */
export async function recordFromLastCheck(request: RecordRequestFromCheck): Promise<RecordedVersion[]> {
  const file = path.join(request.cacheDir, TEXTS_FILE);
  const checked = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as CheckedTexts) : undefined;
  if (checked?.run !== request.run || path.resolve(checked.contentDir) !== path.resolve(request.contentDir)) {
    throw new ContentError([
      'the build stopped before it checked the pages, so there is no text to record; fix what its output names first',
    ]);
  }
  const addresses = request.addresses === 'all' ? checked.unrecorded : request.addresses;
  if (request.addresses === 'all' && addresses.length === 0) {
    throw new ContentError(['every page shows the text of its latest version; there is nothing to record']);
  }
  return recordVersions({
    contentDir: request.contentDir,
    texts: checked.texts,
    addresses,
    note: request.note,
    date: request.date,
  });
}
