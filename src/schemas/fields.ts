/**
 * Building blocks shared by the content schemas. Messages are written for authors:
 * each says what is wrong and what is expected.
 */
import { z } from 'astro/zod';

/** A required text that must contain more than white space. */
export const text = () =>
  z.string({ error: 'is required (a text)' }).refine((value) => value.trim().length > 0, 'must not be empty');

/** What ids and claim file names are made of: lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of another entry: lower-case letters, digits and single hyphens. */
export const idRef = () =>
  z.string({ error: 'is required (an id)' }).regex(ID_PATTERN, 'must be an id such as "cloud-ist-unsicher"');

/** An absolute https:// address. */
export const httpsUrl = () =>
  z.string({ error: 'is required (an https:// address)' }).refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute https:// address');

const DAY_FORMAT = 'is required as a date written YYYY-MM-DD';

/** A calendar day written as YYYY-MM-DD (YAML may already have turned it into a Date). */
export const day = () =>
  z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DAY_FORMAT)], { error: DAY_FORMAT })
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
      // Date rolls 2026-02-30 over to March; compare the written day to catch that.
      if (Number.isNaN(date.getTime()) || (typeof value === 'string' && date.toISOString().slice(0, 10) !== value)) {
        ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
        return z.NEVER;
      }
      return date;
    });

/** A date known to the day or only to the month, as the sources give it. */
export interface PartialDate {
  /** `YYYY-MM-DD` or `YYYY-MM`: sorts chronologically as text. */
  iso: string;
  precision: 'day' | 'month';
}

const PARTIAL_FORMAT = 'is required as a date written YYYY-MM-DD, or YYYY-MM where only the month is known';

/** A day (YYYY-MM-DD) or a month (YYYY-MM); never more precise than the sources. */
export const partialDate = () =>
  z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, PARTIAL_FORMAT)], { error: PARTIAL_FORMAT })
    .transform((value, ctx): PartialDate => {
      if (value instanceof Date) return { iso: value.toISOString().slice(0, 10), precision: 'day' };
      const [year, month, dayOfMonth] = value.split('-').map(Number) as [number, number, number | undefined];
      const probe = new Date(Date.UTC(year, month - 1, dayOfMonth ?? 1));
      if (probe.getUTCMonth() !== month - 1 || (dayOfMonth !== undefined && probe.getUTCDate() !== dayOfMonth)) {
        ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
        return z.NEVER;
      }
      return { iso: value, precision: dayOfMonth === undefined ? 'month' : 'day' };
    });
