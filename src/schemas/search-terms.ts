/**
 * `content/suchbegriffe.yaml`: groups of words readers use for the same thing (abbreviation
 * and long form, German and English name, other spellings). A page that contains one word of
 * a group is found under all of them.
 */
import { z } from 'astro/zod';

const term = z
  .string({ error: 'must be a word or phrase, e.g. DSGVO' })
  .trim()
  .min(2, 'must be at least two characters long')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} .'-]*$/u, 'must be letters, digits, spaces, hyphens or dots, e.g. DS-GVO');

export const termGroupSchema = z.strictObject({
  /** Words that mean the same thing; at least two, none twice (case does not count). */
  terms: z
    .array(term, { error: 'must be a list of words, e.g. [DSGVO, DS-GVO, GDPR]' })
    .min(2, 'must list at least two words that mean the same')
    .refine(
      (list) => new Set(list.map((word) => word.toLocaleLowerCase('de-DE'))).size === list.length,
      'lists a word twice',
    ),
  /** For reviewers: why the words mean the same. Never shown, never searched. */
  note: z.string().optional(),
});

export const termGroupsSchema = z.array(termGroupSchema, { error: 'must be a list of groups, each with `terms`' });

export type TermGroup = z.infer<typeof termGroupSchema>;
