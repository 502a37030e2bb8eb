import { z } from 'zod';
import { idSchema, labelSchema } from './common.ts';
import { AUTHORITY_LEVELS } from './vocab.ts';

/** A text the interface shows in both of its languages. */
const bilingualSchema = z.object({ vi: labelSchema, en: labelSchema }).strict();

/**
 * `content/site.yaml`: who publishes the portal. Everything that names the office (header, footer,
 * about page, reports, citations, feeds, open data) is read from here, so another office adopts the
 * portal by writing this file rather than by editing the code.
 */
export const siteSchema = z
  .object({
    /** The office, in full: "Hội đồng Thi đua – Khen thưởng tỉnh …"; the footer, feeds and citations name it. */
    name: bilingualSchema,
    /** Its short form where space is short: "HĐTĐKT tỉnh …". */
    shortName: bilingualSchema,
    /** The level of government it belongs to: commune, district, province, central (a ministry) or agency. */
    level: z.enum(AUTHORITY_LEVELS),
    /** The area it is responsible for, as the about page says it: "tỉnh …", "xã …, tỉnh … (đến 30/6/2025)". */
    jurisdiction: bilingualSchema,
    /** That area's id in places.yaml, when it has one (a ministry has none). */
    place: idSchema.optional(),
    /** How its reports name the whole area: "toàn xã", "toàn tỉnh"; en "the commune", "the province". */
    area: bilingualSchema,
    /** Where readers send corrections: the office's own address, telephone and e-mail, never a person's. */
    contact: z
      .object({
        address: labelSchema.optional(),
        phone: z.string().regex(/^[0-9 +().-]{6,20}$/).optional(),
        email: z.email().optional(),
      })
      .strict()
      .refine((c) => Boolean(c.address ?? c.phone ?? c.email), { message: 'ít nhất một trong address, phone, email / at least one of address, phone, email' })
      .optional(),
    /**
     * The office's logo, a file inside content/ written from site.yaml's folder: "./logo.png". PNG, JPEG
     * or WebP only: an SVG is a document that can run script when opened on the portal's own address.
     */
    logo: z.string().regex(/\.(png|jpe?g|webp)$/i).optional(),
    /** Who the open data is credited to under its licence; the office itself when left out. */
    licenseHolder: bilingualSchema.optional(),
    /** The portal's own name, in the page title and the header; the interface's generic name when left out. */
    portalName: bilingualSchema.optional(),
    /** The public address ("https://khenthuong.example.gov.vn"); the PORTAL_SITE variable wins over it. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * Hosts a decision's `attachment.href` may link to (`vanban.example.gov.vn`). A scan elsewhere would
     * send readers to a site the office does not control, so any other host is refused.
     */
    attachmentHosts: z.array(z.string().regex(/^[a-z0-9.-]+(?::\d+)?$/)).default([]),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSchema>;
