/**
 * Astro's view of the content folder. Layout and schemas are shared with the staff validator
 * (src/validate/content-files.ts, src/schemas/), which runs first and reports every problem in plain words.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { awardSchema } from './schemas/award.ts';
import { authoritySchema } from './schemas/authority.ts';
import { consultationSchema } from './schemas/consultation.ts';
import { decisionSchema } from './schemas/decision.ts';
import { movementSchema } from './schemas/movement.ts';
import { placeSchema } from './schemas/place.ts';
import { storySchema } from './schemas/story.ts';
import { CONTENT_LAYOUT as L } from './validate/content-files.ts';
import { withoutFrontmatterCopy } from './site/content-loaders.ts';

const root = process.env.PORTAL_CONTENT_DIR ?? 'content';
/** Ids are paths without extension, exactly as the validator computes them. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

// Pages use the rendered text; the raw source stays out of Astro's data store (the validator reads the files).
const entries = (dir: string, ext: string) =>
  withoutFrontmatterCopy(glob({ pattern: [`**/*${ext}`, '!**/README.md'], base: `${root}/${dir}`, generateId: pathId, retainBody: false }));
/** A folder a content set may leave out (a generated corpus has no consultations): empty, without a warning. */
const optionalEntries = (dir: string, ext: string) => (existsSync(`${root}/${dir}`) ? entries(dir, ext) : { name: 'absent-folder', load: async () => {} });

export const collections = {
  decisions: defineCollection({ loader: entries(L.decisions.dir, '.md'), schema: decisionSchema }),
  movements: defineCollection({ loader: entries(L.movements.dir, '.md'), schema: movementSchema }),
  stories: defineCollection({ loader: entries(L.stories.dir, '.mdx'), schema: ({ image }) => storySchema(image()) }),
  consultations: defineCollection({ loader: optionalEntries(L.consultations.dir, '.md'), schema: consultationSchema }),
  awards: defineCollection({ loader: file(`${root}/${L.awards.file}`), schema: awardSchema }),
  authorities: defineCollection({ loader: file(`${root}/${L.authorities.file}`), schema: authoritySchema }),
  places: defineCollection({ loader: file(`${root}/${L.places.file}`), schema: placeSchema }),
};
