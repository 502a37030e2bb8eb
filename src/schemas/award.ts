import { z } from 'zod';
import { AWARD_CATEGORIES, AWARD_LEVELS, AUTHORITY_LEVELS, CONFERRALS, RECIPIENT_KINDS } from './vocab.ts';
import { idSchema, labelSchema, validitySchema } from './common.ts';

/** An emulation title or commendation form, with the span of time in which it could be awarded. */
export const awardSchema = z
  .object({
    id: idSchema,
    /** Vietnamese name as a decision prints it. */
    name: labelSchema,
    /** Official English name, shown on English pages ("Labour Order, Third Class"). */
    nameEn: labelSchema,
    category: z.enum(AWARD_CATEGORIES),
    /** How decisions word it, when not as its category does (titles "công nhận danh hiệu", forms "tặng"): see `CONFERRALS`. */
    conferral: z.enum(CONFERRALS).optional(),
    level: z.enum(AWARD_LEVELS),
    /** Recipient kinds the form may be given to. */
    recipientKinds: z.array(z.enum(RECIPIENT_KINDS)).min(1),
    /** Order of precedence across all forms: 1 is the highest. */
    precedence: z.number().int().positive(),
    /** Levels of authority that may confer it. */
    conferredBy: z.array(z.enum(AUTHORITY_LEVELS)).min(1),
    ...validitySchema,
    /** Legal basis in words ("Luật TĐKT 2022, Điều 8"). */
    basis: z.string().trim().min(1).optional(),
    /** Facts not yet confirmed against the official text. */
    unconfirmed: z.boolean().optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type Award = z.infer<typeof awardSchema>;
