/**
 * A page's published versions: one YAML file under `content/fassungen/`, its path mirroring the
 * page's address (`/behauptungen/diagnosedaten/` → `fassungen/behauptungen/diagnosedaten.yaml`,
 * `/` → `fassungen/start.yaml`). The file is a list, oldest version first; `npm run fassung`
 * appends to it, and nothing in it is ever changed or removed once published.
 */
import { z } from 'astro/zod';
import { day, text } from './fields';

export const versionSchema = z.strictObject(
  {
    /** The day the version was published (YYYY-MM-DD): it landed on main that day. */
    date: day(),
    /**
     * What changed against the version before, for readers, in German, one or two sentences,
     * e.g. „Antwort in einem Satz neu gefasst.“ or „Erste Fassung.“ A typography fix says so.
     */
    note: text().refine((value) => value.length <= 400, 'must be one or two sentences (400 characters at most)'),
    /**
     * The page's text as readers got it in this version, written by `npm run fassung` from the
     * built page: one block per paragraph, blank lines between blocks, `#` before headings,
     * `>` before quotations, `-` before list items, `|` before table cells. Never edited by hand.
     */
    text: text(),
  },
  { error: 'must be a version with "date" (YYYY-MM-DD), "note" (what changed) and "text" (the page’s text)' },
);

export const versionListSchema = z
  .array(versionSchema, { error: 'must be a list of versions, oldest first, each with "date", "note" and "text"' })
  .min(1, 'needs at least one version: the first one, with the note „Erste Fassung.“')
  .superRefine((versions, ctx) => {
    versions.forEach((version, index) => {
      const before = versions[index - 1];
      if (before && version.date < before.date) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: 'is earlier than the version before it; versions are listed oldest first',
        });
      }
    });
  });

export type VersionData = z.infer<typeof versionSchema>;
