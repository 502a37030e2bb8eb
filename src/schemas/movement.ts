import { z } from 'zod';
import { idSchema, isoDateSchema, labelSchema } from './common.ts';

/** An emulation movement ("phong trào thi đua"); one Markdown file, the body describes it. */
export const movementSchema = z
  .object({
    title: labelSchema,
    titleEn: labelSchema.optional(),
    /** Authority that launched it (id in authorities). */
    launchedBy: idSchema,
    /** Launch date, when known. */
    from: isoDateSchema.optional(),
    /** End date, if it has ended. */
    to: isoDateSchema.optional(),
    summary: labelSchema,
  })
  .strict();
export type Movement = z.infer<typeof movementSchema>;
