import { z } from 'zod';
import { RECIPIENT_KINDS } from './vocab.ts';
import { idSchema, isoDateSchema, labelSchema } from './common.ts';

/**
 * Where and how the public sends comments: the office that collects them. These are an office's
 * published contact details, not a person's, so they are the one part of the content that the
 * personal-data scan leaves alone (see `NOT_PERSONAL_FIELDS`); everything else, the body included, is
 * scanned as usual.
 */
export const consultationContactSchema = z
  .object({
    /** The office receiving comments ("Sở Nội vụ tỉnh … (Thường trực Hội đồng TĐKT)"). */
    office: labelSchema,
    /** Postal or street address of the office. */
    address: labelSchema.optional(),
    /** The office's e-mail address. */
    email: z
      .string()
      .trim()
      .refine((value) => z.email().safeParse(value).success, { message: 'địa chỉ e-mail của cơ quan / the office e-mail, e.g. "noivu@locbinh.example.gov.vn"' })
      .optional(),
    /** The office's switchboard number, as printed ("0205 3840 123"). */
    phone: z
      .string()
      .trim()
      .refine((value) => /^\+?[\d\s.()-]{8,20}$/.test(value), { message: 'số điện thoại của cơ quan / the office phone, e.g. "0205 3840 123"' })
      .optional(),
  })
  .strict();

/**
 * A proposal published for public comment before a national award is decided ("lấy ý kiến nhân dân"):
 * orders, state honorary titles and "Chiến sĩ thi đua toàn quốc" (Decree 98/2023 Art. 46(2); Decree
 * 152/2025 Art. 60(3)). One Markdown file in `content/consultations/`; the body summarises the
 * achievements being proposed.
 */
export const consultationSchema = z
  .object({
    /** Heading as published ("Lấy ý kiến nhân dân đề nghị tặng Huân chương Lao động hạng Ba cho …"). */
    title: labelSchema,
    /** Who is proposed. */
    nominee: z
      .object({
        name: labelSchema,
        kind: z.enum(RECIPIENT_KINDS),
        /** Unit of work or village, as in the proposal. */
        unit: z.string().trim().min(1).optional(),
        /** Commune-level place (id in places). */
        place: idSchema.optional(),
      })
      .strict(),
    /** Proposed award form (id in awards): an award of national level. */
    award: idSchema,
    /** Authority proposing the award (id in authorities). */
    proposedBy: idSchema,
    /** Day the proposal was published for comment, YYYY-MM-DD. */
    publishedOn: isoDateSchema,
    /** Last day for comments: at least 10 working days after `publishedOn`. */
    closesOn: isoDateSchema,
    /** How to comment: the office that collects comments. */
    contact: consultationContactSchema,
    /** The award decision, once taken (id in decisions); it must be dated after `closesOn`. */
    decision: idSchema.optional(),
    /** True when the consultation is made up for sample content. */
    illustrative: z.boolean().optional(),
  })
  .strict();
export type Consultation = z.infer<typeof consultationSchema>;

/** Fields holding an office's published contact details, not personal data: not scanned. */
export const NOT_PERSONAL_FIELDS: readonly string[] = ['contact'];

/** Minimum comment period in working days. */
export const MIN_COMMENT_DAYS = 10;
