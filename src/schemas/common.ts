import { z } from 'zod';

/** Content ids are the file's path without extension, or a data entry's `id`: lowercase ASCII words. */
export const ID_PATTERN = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
export const idSchema = z.string().regex(ID_PATTERN);

/** A calendar date is real when its parts survive a round trip through Date (30 February does not). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date written `YYYY-MM-DD`. YAML parsers turn such text into a Date (rolling 30 February over to
 * 2 March), so a Date is accepted and written back as text; the staff validator reads files with dates
 * kept as text, which is where an impossible date is caught.
 */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine(isRealIsoDate, { message: 'not-a-date' });

/** A span of validity; either end open. Used by award forms, authorities and places. */
export const validitySchema = {
  /** First day the thing existed or was allowed. */
  validFrom: isoDateSchema.optional(),
  /** Last day the thing existed or was allowed. */
  validTo: isoDateSchema.optional(),
};

export const labelSchema = z.string().trim().min(1);
