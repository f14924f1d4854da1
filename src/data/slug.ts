/**
 * Claim slugs come from file names. Astro's glob loader only warns when two files share a
 * slug and then drops one; a dropped claim would silently lose a published page, so this
 * makes the clash an error that names both files.
 */
import path from 'node:path';

/** Returns a `generateId` for the glob loader: the file name without `.mdx`, unique per folder tree. */
export function slugFromFileName(base: string): (options: { entry: string }) => string {
  const seen = new Map<string, string>();
  return ({ entry }) => {
    const slug = path.posix.basename(entry).replace(/\.mdx?$/, '');
    const first = seen.get(slug);
    if (first !== undefined && first !== entry) {
      throw new Error(
        `${path.join(base, entry)}: the slug "${slug}" (the file name) is already used by ${path.join(base, first)}. Each claim needs its own file name, because it is the page's address.`,
      );
    }
    seen.set(slug, entry);
    return slug;
  };
}
