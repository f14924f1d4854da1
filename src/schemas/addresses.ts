/**
 * `content/adressen.yaml`: every address the site has published. An entry is a path, or a
 * path with `redirect` when the page moved.
 */
import { z } from 'astro/zod';

/** A path on this site: a page (ending in `/`) or a file (ending in a file name with extension). */
export const sitePath = () =>
  z
    .string({ error: 'is required (a path such as /behauptungen/diagnosedaten/)' })
    .regex(
      /^\/(?:[a-z0-9-]+\/)*(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z0-9]+)?$/,
      'must be a path such as /behauptungen/diagnosedaten/ (pages end in /) or /daten/behauptungen.json',
    );

export const addressSchema = z.union(
  [
    sitePath(),
    z.strictObject({
      /** The old address, which stays published. */
      path: sitePath(),
      /** Where it forwards to: another entry of the list. */
      redirect: sitePath(),
    }),
  ],
  { error: 'must be a path, or `path` with `redirect` for an address that moved' },
);

export const addressListSchema = z.array(addressSchema, { error: 'must be a list of addresses' });

export type AddressEntry = z.infer<typeof addressSchema>;
