import { z } from 'zod';
import { idSchema, isoDateSchema, labelSchema } from './common.ts';
import { recipientSchema } from './recipient.ts';

/** A decision on awards ("quyết định khen thưởng"): one Markdown file; the body is the decision's text. */
export const decisionSchema = z
  .object({
    /**
     * Number as printed, e.g. "1234/QĐ-UBND" or "5/QĐ-UBND": it holds a digit. Unique per issuing
     * authority and year, since offices number their decisions afresh each year.
     */
    number: z.string().trim().regex(/^(?=.*\d)\S.*$/),
    /** Date of signature, YYYY-MM-DD. */
    date: isoDateSchema,
    /** Issuing authority (id in authorities). */
    authority: idSchema,
    /** Who signed, with the title they signed under ("KT. Chủ tịch – Phó Chủ tịch"). */
    signer: z.object({ name: labelSchema, title: labelSchema }).strict(),
    /** Award form (id in awards). */
    award: idSchema,
    /** Reason or achievement wording ("Đã có thành tích xuất sắc trong …"). */
    reason: labelSchema,
    /** Period or occasion: the year of achievement, the movement, a named event. */
    period: z
      .object({
        /** Year (or school/working year start) the achievement belongs to. */
        year: z.number().int().min(1945).max(2100),
        /** Emulation movement (id in movements). */
        movement: idSchema.optional(),
        /** Occasion in words ("Tổng kết năm học 2016–2017"). */
        occasion: z.string().trim().min(1).optional(),
      })
      .strict(),
    /** Scanned original, a path under public/ or a full URL. */
    attachment: z.object({ href: labelSchema, label: labelSchema.optional() }).strict().optional(),
    /** Decisions this one corrects ("đính chính"). */
    corrects: z.array(idSchema).optional(),
    /** Decisions this one revokes ("thu hồi"). */
    revokes: z.array(idSchema).optional(),
    /** Decisions that corrected this one; each must list this one in `corrects`. */
    correctedBy: z.array(idSchema).optional(),
    /** The decision that revoked this one; it must list this one in `revokes`. */
    revokedBy: idSchema.optional(),
    /** True when the decision is reconstructed for sample content (number and names illustrative). */
    illustrative: z.boolean().optional(),
    /** Recipients, in the order the decision lists them. */
    recipients: z.array(recipientSchema).min(1),
  })
  .strict();

export type Decision = z.infer<typeof decisionSchema>;
