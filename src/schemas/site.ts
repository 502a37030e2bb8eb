import { z } from 'zod';

/**
 * `content/site.yaml`, optional: settings of the portal that belong to the office rather than to one
 * entry. Kept small on purpose; every key is optional.
 */
export const siteSchema = z
  .object({
    /**
     * Hosts a decision's `attachment.href` may link to (`vanban.langson.gov.vn`). A scan elsewhere would
     * send readers to a site the office does not control, so any other host is refused.
     */
    attachmentHosts: z.array(z.string().regex(/^[a-z0-9.-]+(?::\d+)?$/)).default([]),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSchema>;
