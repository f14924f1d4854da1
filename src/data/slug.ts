/**
 * Claim slugs come from file names: the file name without `.mdx` is the page's address,
 * wherever in the claims folder the file lies, and a frontmatter `slug` never overrides it.
 */
import path from 'node:path';

/** The slug of a claim file: its name without `.mdx`. */
export const slugOf = (file: string): string => path.basename(file).replace(/\.mdx$/, '');
