import { z } from 'zod';
import { OCCUPATION_GROUPS, RECIPIENT_KINDS } from './vocab.ts';
import { idSchema, labelSchema } from './common.ts';

/**
 * One row of a decision's list of recipients. Strict on purpose: the object has no place for identity
 * numbers, birth dates, phone numbers or e-mail addresses, so such a column in a file is an error, not
 * data carried silently onto a public page.
 */
export const recipientSchema = z
  .object({
    /** Who: individual, collective ("tập thể") or household ("hộ gia đình"). */
    kind: z.enum(RECIPIENT_KINDS),
    /** Name as printed in the decision: "Hoàng Văn Kháy", "Trường THCS thị trấn Na Dương". */
    name: labelSchema,
    /** Position or role as printed ("Chủ tịch UBND xã", "Giáo viên"). */
    role: z.string().trim().min(1).optional(),
    /** Unit of work or, for people outside a unit, the village ("thôn Nà Vàng"). */
    unit: z.string().trim().min(1).optional(),
    /** The commune-level place (id in places), as it was on the decision's date. */
    place: idSchema.optional(),
    /** Occupational group, for the statistics reports publish. */
    occupation: z.enum(OCCUPATION_GROUPS).optional(),
    /** Stable id that links the same honoree across decisions. */
    id: idSchema.optional(),
    /** The achievement wording for this row when the decision gives one per row. */
    achievement: z.string().trim().min(1).optional(),
    /** True for names made up for sample or test content. */
    illustrative: z.boolean().optional(),
  })
  .strict();

export type Recipient = z.infer<typeof recipientSchema>;
