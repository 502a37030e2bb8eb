import { z } from 'zod';
import { CORRECTABLE_FIELDS, SOURCE_KINDS } from './vocab.ts';
import { idSchema, isRealIsoDate, labelSchema } from './common.ts';
import { recipientSchema, type Recipient } from './recipient.ts';
import { datePrecision } from '../text/dates.ts';

/**
 * The date of signature as far as the source gives it: "2014-09-09", or "2014-09" when only the month is
 * known, or "2014" when only the year is (quoted in YAML; an unquoted year is read as a number and kept).
 * YAML turns a full unquoted date into a Date, which is written back as text, as `isoDateSchema` does.
 */
export const decisionDateSchema = z
  .union([z.string(), z.date(), z.number().int()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()))
  .refine((text) => datePrecision(text) !== undefined, { message: 'not-a-partial-date', abort: true })
  .refine((text) => datePrecision(text) !== 'day' || isRealIsoDate(text), { message: 'not-a-date' });

/** Written instead of a signer when the source does not name who signed. */
export const UNKNOWN = 'unknown';

/** Who signed, with the title they signed under ("KT. Chủ tịch – Phó Chủ tịch"), or `unknown`. */
export const signerSchema = z.union([z.literal(UNKNOWN), z.object({ name: labelSchema, title: labelSchema }).strict()]);

/** Where the office got the decision's text, and whether it was checked against the signed original. */
export const sourceSchema = z
  .object({
    /** gazette, scan, register, newspaper or portal. */
    kind: z.enum(SOURCE_KINDS),
    /** The publication or document: "Báo Đà Nẵng", "Công báo tỉnh số 12". */
    title: labelSchema,
    /** Its public address, when it has one. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** The article's or gazette issue's date as far as known: YYYY-MM-DD, YYYY-MM or YYYY. */
    date: decisionDateSchema.optional(),
    /** True once the text here was checked against the signed original. */
    checked: z.boolean().optional(),
  })
  .strict();

const recipientsSchema = z.array(recipientSchema).min(1);

/**
 * One value a correcting decision sets right: "STT 4 of 36/QĐ-UBND, name: was 'Nông Thiên Lan', now
 * 'Nông Thiện Lan'". The portal shows the row with `to` and keeps `from` beside it; other rows are untouched.
 */
export const correctionSchema = z
  .object({
    /** The corrected decision (id in decisions); it must be listed in `corrects`. */
    decision: idSchema,
    /** The row's decision-wide number, 1, 2, 3… in file order (the `#r<STT>` anchor), not the printed STT. */
    row: z.number().int().positive(),
    /** Which field of the row: name, honorific, role, unit, roleAndUnit, place, kind, occupation or achievement. */
    field: z.enum(CORRECTABLE_FIELDS),
    /** The value as the corrected decision gives it; left out when that field was empty. */
    from: z.string().trim().min(1).optional(),
    /** The value as corrected. */
    to: z.string().trim().min(1),
  })
  .strict();

/** One award line: "Điều 1: tặng Huân chương Lao động hạng Nhì cho …", or "A. …" of the list. */
export const awardLineSchema = z
  .object({
    /** Award form (id in awards). */
    award: idSchema,
    /** The line's heading as printed ("A. Huân chương Lao động hạng Nhất"). */
    heading: labelSchema.optional(),
    /** The line's own reason, when the decision gives one; otherwise the decision's. */
    reason: labelSchema.optional(),
    /** Recipients of this award, in the order the decision lists them. */
    recipients: recipientsSchema,
  })
  .strict();

/**
 * A decision on awards ("quyết định khen thưởng"): one Markdown file; the body is the decision's text.
 * It confers one award (`award` and `recipients`) or several, one per award line (`lines`), never both.
 */
export const decisionSchema = z
  .object({
    /**
     * Number as printed, e.g. "1234/QĐ-UBND", "5/QĐ-UBND", or "2234" when the press prints no suffix: it
     * holds a digit. Unique per issuing authority and year, since offices number decisions afresh each year.
     */
    number: z.string().trim().regex(/^(?=.*\d)\S.*$/),
    /** Date of signature: YYYY-MM-DD, or YYYY-MM / YYYY when the source gives no more (src/text/dates.ts). */
    date: decisionDateSchema,
    /** Issuing authority (id in authorities). */
    authority: idSchema,
    /** Who signed, or `unknown` when the source does not say. */
    signer: signerSchema,
    /** Where the office got the text (optional for files written before it existed). */
    source: sourceSchema.optional(),
    /** Award form (id in awards), for a decision that confers one; with `recipients`. */
    award: idSchema.optional(),
    /** Reason or achievement wording ("Đã có thành tích xuất sắc trong …"); optional when every line has its own. */
    reason: labelSchema.optional(),
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
    /** What exactly this one corrects, row by row; without it, the corrected decisions are marked as a whole. */
    corrections: z.array(correctionSchema).min(1).optional(),
    /** Decisions this one revokes ("thu hồi"). */
    revokes: z.array(idSchema).optional(),
    /** Decisions that corrected this one; each must list this one in `corrects`. */
    correctedBy: z.array(idSchema).optional(),
    /** The decision that revoked this one; it must list this one in `revokes`. */
    revokedBy: idSchema.optional(),
    /** True when the decision is reconstructed for sample content (number and names illustrative). */
    illustrative: z.boolean().optional(),
    /** Recipients of `award`, in the order the decision lists them. */
    recipients: recipientsSchema.optional(),
    /** Award lines in the decision's order, for a decision that confers several awards or classes. */
    lines: z.array(awardLineSchema).min(1).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.lines) {
      for (const key of ['award', 'recipients'] as const)
        if (d[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'lines-and-single', input: d[key] });
      if (d.reason === undefined)
        d.lines.forEach((line, i) => {
          if (line.reason === undefined) ctx.addIssue({ code: 'custom', path: ['lines', i, 'reason'], message: 'reason-missing', input: undefined });
        });
      return;
    }
    for (const key of ['award', 'recipients', 'reason'] as const)
      if (d[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: key === 'reason' ? 'reason-missing' : 'award-or-lines', input: undefined });
  });

export type Decision = z.infer<typeof decisionSchema>;
export type AwardLineData = z.infer<typeof awardLineSchema>;

/** An award line as every reader sees it, whichever form the file used. */
export interface DecisionLine {
  award: string;
  heading: string | undefined;
  /** The line's reason, else the decision's. */
  reason: string;
  recipients: readonly Recipient[];
  /** Field path of the line in the file: `lines[1]`, or '' for a single-award file. */
  field: string;
  /** Decision-wide 1-based row number of the line's first recipient: rows run 1..N across lines in file order. */
  firstRow: number;
}

/**
 * The decision's award lines: `lines` as written, or the single `award` and `recipients` as one line.
 * Row numbers run on across lines, so the `#r<STT>` anchors of a single-award file never move.
 */
export function decisionLines(d: Decision): DecisionLine[] {
  const written: AwardLineData[] = d.lines ?? (d.award && d.recipients ? [{ award: d.award, recipients: d.recipients }] : []);
  let next = 1;
  return written.map((line, i) => {
    const out: DecisionLine = {
      award: line.award,
      heading: line.heading,
      reason: line.reason ?? d.reason ?? '',
      recipients: line.recipients,
      field: d.lines ? `lines[${i}]` : '',
      firstRow: next,
    };
    next += line.recipients.length;
    return out;
  });
}
