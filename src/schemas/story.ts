import { z } from 'zod';
import { idSchema, isoDateSchema, labelSchema } from './common.ts';

/**
 * An exemplary person or collective ("gương điển hình"): one MDX file. `image` is a path relative to
 * the story file, resolved by Astro's image pipeline; the plain validator only checks the file exists.
 */
export function storySchema<Image extends z.ZodType>(image: Image) {
  return z
    .object({
      title: labelSchema,
      summary: labelSchema,
      date: isoDateSchema,
      /** Stable honoree ids (recipients' `id`) the story is about. */
      honorees: z.array(idSchema).default([]),
      /** Decisions the story tells about (ids in decisions). */
      decisions: z.array(idSchema).default([]),
      place: idSchema.optional(),
      movement: idSchema.optional(),
      image: image.optional(),
      imageAlt: labelSchema.optional(),
      author: labelSchema.optional(),
      /** Set when the text is written for sample content. */
      illustrative: z.boolean().optional(),
    })
    .strict();
}
/** The shape checked outside Astro, where an image is a relative path. */
export const plainStorySchema = storySchema(z.string().min(1));
export type StoryData = z.infer<typeof plainStorySchema>;
