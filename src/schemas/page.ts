/**
 * Frontmatter of a page of prose: one MDX file under `content/seiten/` (Impressum, Datenschutz,
 * Quellen und Methode, Barrierefreiheit). The file name is the page's address: `/<file name>/`.
 * Operator details are not written here: the MDX uses `<Operator field="…" />`, which reads them
 * from the site configuration.
 */
import { z } from 'astro/zod';
import { text } from './fields';

export const pageSchema = z.strictObject({
  /** The page's heading and, with the site's name, its browser title. */
  title: text(),
  /** One or two sentences for search engines and previews. */
  description: text(),
});

/** A block of prose several pages show (`content/bausteine/`): no frontmatter. */
export const snippetSchema = z.strictObject({});

export type PageData = z.infer<typeof pageSchema>;
