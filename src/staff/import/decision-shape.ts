/**
 * The decision file as the staff commands write it: one decision number, one or several award lines,
 * each line with its own recipients in the order signed. A single-award decision keeps the older form
 * (top-level `award` and `recipients`). The portal's schema (src/schemas/decision.ts) is being extended
 * to read the same shape; until then this module is what `npm run import` and `npm run new` promise to
 * write, and tests parse their output back through it.
 */
import { z } from 'zod';
import { recipientSchema } from '../../schemas/recipient.ts';
import { idSchema, labelSchema } from '../../schemas/common.ts';

/** Where the office read the decision: gazette, its own scan, its register, a newspaper, a portal. */
export const SOURCE_KINDS = ['gazette', 'scan', 'register', 'newspaper', 'portal'] as const;

/** The source did not name the signer: an explicit marker, never an invented name. */
export const UNKNOWN_SIGNER = 'unknown';

/** A date as far as the source gives it: day ("2014-09-09"), month ("2014-09") or year ("2014"). */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const partialDateSchema = z.string().regex(PARTIAL_DATE);

export const sourceSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    /** Name of the gazette, paper or portal ("Báo Đà Nẵng"). */
    title: labelSchema.optional(),
    url: z.url().optional(),
    /** Date of the article or issue. */
    date: partialDateSchema.optional(),
    /** Whether someone compared the entry with the signed original. */
    checked: z.boolean(),
  })
  .strict();

/** One row of an award line, with what the list says beside the name. */
export const lineRecipientSchema = recipientSchema
  .extend({
    /** The row's number as printed ("1", "2a"). */
    stt: labelSchema.optional(),
    /** The sub-group heading the row stands under, as printed ("I. Cá nhân"). */
    group: labelSchema.optional(),
    /** "Ông", "Bà", "Trung tá", "PGS.TS", "NSƯT": shown with the name, never part of it. */
    honorific: labelSchema.optional(),
    /** A combined "Chức vụ, đơn vị" cell, kept as typed. */
    roleAndUnit: labelSchema.optional(),
  })
  .strict();
export type LineRecipient = z.infer<typeof lineRecipientSchema>;

export const awardLineSchema = z
  .object({
    award: idSchema,
    /** The group row as printed ("A. Huân chương Lao động hạng Nhất"). */
    heading: labelSchema.optional(),
    reason: labelSchema.optional(),
    recipients: z.array(lineRecipientSchema).min(1),
  })
  .strict();
export type AwardLine = z.infer<typeof awardLineSchema>;

/** The fields the import reads from and writes to a decision file; everything else is kept as it is. */
export const decisionShapeSchema = z
  .object({
    number: labelSchema,
    date: z.union([partialDateSchema, z.date().transform((d) => d.toISOString().slice(0, 10))]),
    authority: idSchema,
    signer: z.union([z.literal(UNKNOWN_SIGNER), z.object({ name: labelSchema, title: labelSchema }).strict()]),
    source: sourceSchema.optional(),
    award: idSchema.optional(),
    reason: labelSchema,
    /** A draft from `npm run new -- decision` may have none yet; the import fills it. */
    recipients: z.array(lineRecipientSchema).optional(),
    lines: z.array(awardLineSchema).optional(),
  })
  .loose();
export type DecisionShape = z.infer<typeof decisionShapeSchema>;

/** The award lines of a decision in either form, in the decision's order. */
export function linesOf(decision: Pick<DecisionShape, 'award' | 'recipients' | 'lines'>): AwardLine[] {
  if (decision.lines) return decision.lines;
  return decision.award ? [{ award: decision.award, recipients: decision.recipients ?? [] }] : [];
}

/**
 * The fields that hold the awards: the single-award form when every row has the same award and no
 * row stands under a group, `lines` otherwise. The single form numbers its rows by their place in
 * the list, as it always has, so the printed STT is kept only in `lines`, where groups restart it.
 */
export function awardFields(lines: readonly AwardLine[]): { award: string; recipients: LineRecipient[] } | { lines: AwardLine[] } {
  const [only] = lines;
  if (lines.length === 1 && only && !only.heading && !only.reason && !only.recipients.some((r) => r.group))
    return { award: only.award, recipients: only.recipients.map(({ stt: _stt, ...r }) => r) };
  return { lines: [...lines] };
}
