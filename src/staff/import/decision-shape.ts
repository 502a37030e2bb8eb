/**
 * The decision file as the staff commands write it: one decision number, one or several award lines,
 * each line with its own recipients in the order signed. A single-award decision keeps the older form
 * (top-level `award` and `recipients`). The field schemas are the portal's own (src/schemas/decision.ts),
 * so what `npm run import` and `npm run new` write is what the build reads.
 */
import { z } from 'zod';
import { recipientSchema, type Recipient } from '../../schemas/recipient.ts';
import { idSchema, labelSchema } from '../../schemas/common.ts';
import { awardLineSchema, decisionDateSchema, signerSchema, sourceSchema } from '../../schemas/decision.ts';

export { SOURCE_KINDS } from '../../schemas/vocab.ts';
export { UNKNOWN as UNKNOWN_SIGNER } from '../../schemas/decision.ts';

export type LineRecipient = Recipient;
export type AwardLine = z.infer<typeof awardLineSchema>;

/**
 * The fields the import reads from and writes to a decision file, with the portal's own field schemas;
 * loose, so everything else in the file is kept as it is, and without the portal's "award or lines"
 * rule, because a draft from `npm run new -- decision` may have no recipients yet: the import fills it.
 */
export const decisionShapeSchema = z
  .object({
    number: labelSchema,
    date: decisionDateSchema,
    authority: idSchema,
    signer: signerSchema,
    source: sourceSchema.optional(),
    award: idSchema.optional(),
    reason: labelSchema.optional(),
    recipients: z.array(recipientSchema).optional(),
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
