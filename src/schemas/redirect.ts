import { z } from 'zod';

/**
 * A path of the site, under its base: `/quyet-dinh/2017/36-qd-ubnd/`. Lowercase words without
 * diacritics, each followed by a slash, like every URL the portal makes (src/routes/urls.ts).
 */
export const SITE_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*\/)*$/;
export const sitePathSchema = z
  .string()
  .trim()
  .refine((value) => SITE_PATH.test(value), {
    message: 'đường dẫn trong cổng, chữ thường không dấu, bắt đầu và kết thúc bằng / / a site path, e.g. "/quyet-dinh/2017/36-qd-ubnd/"',
  });

/**
 * A published address that moved ("chuyển hướng"): the build writes a page at `from` that sends readers
 * to `to`, so that no permanent URL in `urls.manifest.txt` ever stops working. One item of
 * `content/redirects.yaml`.
 */
export const redirectSchema = z
  .object({
    /** The old address, as listed in `urls.manifest.txt`. */
    from: sitePathSchema,
    /** The page that replaces it: an address the build makes. */
    to: sitePathSchema,
    /** Why it moved, for the record ("quyết định đổi tên tệp do sai số"). */
    reason: z.string().trim().min(1).optional(),
  })
  .strict();
export type Redirect = z.infer<typeof redirectSchema>;
