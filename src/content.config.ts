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
import { siteSchema } from './schemas/site.ts';
import { storySchema } from './schemas/story.ts';
import { CONTENT_LAYOUT as L, entryFiles, type EntryCollection } from './validate/content-files.ts';
import { onlyFiles, siteFile, withoutFrontmatterCopy } from './site/content-loaders.ts';

const root = process.env.PORTAL_CONTENT_DIR ?? 'content';
/** Ids are paths without extension, exactly as the validator computes them. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

// Pages use the rendered text; the raw source stays out of Astro's data store (the validator reads the files).
// Only the files the validator read are published (symbolic links are refused there, followed by the glob).
const entries = (collection: EntryCollection) =>
  onlyFiles(
    withoutFrontmatterCopy(glob({ pattern: [`**/*${L[collection].extensions[0]}`, '!**/README.md'], base: `${root}/${L[collection].dir}`, generateId: pathId, retainBody: false })),
    () => entryFiles(root, collection),
  );
/** A folder a content set may leave out (a generated corpus has no consultations): empty, without a warning. */
const optionalEntries = (collection: EntryCollection) => (existsSync(`${root}/${L[collection].dir}`) ? entries(collection) : { name: 'absent-folder', load: async () => {} });

export const collections = {
  decisions: defineCollection({ loader: entries('decisions'), schema: decisionSchema }),
  movements: defineCollection({ loader: entries('movements'), schema: movementSchema }),
  stories: defineCollection({ loader: entries('stories'), schema: ({ image }) => storySchema(image()) }),
  consultations: defineCollection({ loader: optionalEntries('consultations'), schema: consultationSchema }),
  awards: defineCollection({ loader: file(`${root}/${L.awards.file}`), schema: awardSchema }),
  authorities: defineCollection({ loader: file(`${root}/${L.authorities.file}`), schema: authoritySchema }),
  places: defineCollection({ loader: file(`${root}/${L.places.file}`), schema: placeSchema }),
  site: defineCollection({ loader: siteFile(root), schema: siteSchema }),
};
