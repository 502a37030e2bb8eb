import { z } from 'zod';
import { AUTHORITY_LEVELS } from './vocab.ts';
import { idSchema, labelSchema, validitySchema } from './common.ts';

/** A body that issues decisions: "Ủy ban nhân dân tỉnh …", "Thủ tướng Chính phủ". */
export const authoritySchema = z
  .object({
    id: idSchema,
    name: labelSchema,
    nameEn: labelSchema,
    /** Short form used in lists and citations ("UBND tỉnh …"). */
    shortName: labelSchema,
    level: z.enum(AUTHORITY_LEVELS),
    /** Territory it governs (id in places), if any. */
    place: idSchema.optional(),
    ...validitySchema,
  })
  .strict();
export type Authority = z.infer<typeof authoritySchema>;
