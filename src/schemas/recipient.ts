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
    /** Row number as printed ("1", "2a"); shown in place of the running number when given. */
    stt: z.union([z.string(), z.number()]).transform(String).pipe(labelSchema).optional(),
    /** Sub-group heading as printed ("I. Cá nhân", "Tập thể"): the decision page groups rows under it. */
    group: labelSchema.optional(),
    /**
     * Honorific or rank the list prints before the name ("Ông", "Bà", "Trung tá", "PGS.TS", "NSƯT"):
     * shown with the name, never part of it, so search, sorting and honoree pages see the bare name.
     */
    honorific: labelSchema.optional(),
    /** Name as printed in the decision, without honorific: "Hoàng Văn Kháy", "Trường THCS thị trấn Na Dương". */
    name: labelSchema,
    /** Position or role as printed ("Chủ tịch UBND xã", "Giáo viên"). */
    role: z.string().trim().min(1).optional(),
    /** Unit of work or, for people outside a unit, the village ("thôn Nà Vàng"). */
    unit: z.string().trim().min(1).optional(),
    /**
     * The combined "Chức vụ, đơn vị" cell as typed, when the list does not separate role and unit and the
     * split is not certain ("Phó Chủ tịch HĐND thành phố Đà Nẵng").
     */
    roleAndUnit: z.string().trim().min(1).optional(),
    /** The place the recipient belongs to (id in places), at any level, as it was on the decision's date. */
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
