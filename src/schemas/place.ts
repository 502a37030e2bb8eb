import { z } from 'zod';
import { PLACE_KINDS } from './vocab.ts';
import { idSchema, isoDateSchema, labelSchema, validitySchema } from './common.ts';

/**
 * An administrative unit as it existed for a span of time. A renamed or merged unit is a new place;
 * the old one stays, with `succeededBy`, so that a decision always shows the name of its day.
 */
export const placeSchema = z
  .object({
    id: idSchema,
    /** Full name with its kind, as written: "xã Yên Khoái", "thị trấn Na Dương". */
    name: labelSchema,
    kind: z.enum(PLACE_KINDS),
    /** The unit it belonged to (id in places). */
    parent: idSchema.optional(),
    /** Statistical code of the General Statistics Office, when known. */
    code: z.string().regex(/^\d{2,5}$/).optional(),
    ...validitySchema,
    /** No longer exists, though when or into what is not known from a source. */
    defunct: z.boolean().optional(),
    /** Where the facts come from, or what is uncertain. */
    note: z.string().trim().min(1).optional(),
    /** Units that took it over, and from when. Unknown successors are left out, not guessed. */
    succeededBy: z.array(z.object({ place: idSchema, from: isoDateSchema }).strict()).optional(),
  })
  .strict();
export type Place = z.infer<typeof placeSchema>;
