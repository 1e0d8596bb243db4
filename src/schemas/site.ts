import { z } from 'astro/zod';
import { HexColourSchema, LinkSchema, SlugSchema, WebUrlSchema } from './common';

/** A link in the site footer. */
export const FooterLinkSchema = z
  .object({
    /** Link text. */
    label: z.string().min(1),
    /** A site path such as `/competencies/` or a full URL. */
    href: LinkSchema,
  })
  .strict();

/** `content/site.yaml`: the portal's identity and rules. */
export const SiteSchema = z
  .object({
    /** Namespaces learner storage (`micropath:<id>`): sites sharing an origin must differ. */
    id: SlugSchema,
    /** The portal's name. */
    title: z.string().min(1),
    /** One line under the name on the home page. */
    tagline: z.string().default(''),
    /** The association that runs the portal. */
    organisation: z.string().default(''),
    /** The public URL the portal is served from (overridden by MICROPATH_SITE). */
    url: WebUrlSchema.optional(),
    /** Base path such as `/my-portal/` (overridden by MICROPATH_BASE). */
    base: z.string().regex(/^\//, 'start the base path with "/"').optional(),
    /** Logo path inside `public/`, e.g. `/logo.svg`. */
    logo: z.string().optional(),
    /** Language of the content, a BCP 47 tag such as `en` or `en-GB`. */
    locale: z
      .string()
      .default('en')
      .refine((value) => isLocale(value), 'use a language tag such as en, en-GB or fr-CA (a hyphen, not an underscore)'),
    /** Brand colours. */
    theme: z
      .object({
        /** Accent in the light theme; needs 4.5:1 on white. */
        accent: HexColourSchema.default('#1d4ed8'),
        /** Accent in the dark theme; needs 4.5:1 on the dark background. */
        accentDark: HexColourSchema.default('#8ab4ff'),
      })
      .strict()
      .default({}),
    /** Mastery rules. */
    mastery: z
      .object({
        /** Share of a competency check to answer correctly for mastery. */
        threshold: z.number().min(0).max(1).default(0.8),
      })
      .strict()
      .default({}),
    /** Lesson rules. */
    lesson: z
      .object({
        /** The longest a lesson may take, in minutes. */
        maxMinutes: z.number().int().positive().default(15),
      })
      .strict()
      .default({}),
    /** Links in the footer. */
    footer: z.array(FooterLinkSchema).default([]),
    /** Prefix for "Edit this page" links; the lesson's path under `content/` is appended. */
    editBaseUrl: WebUrlSchema.optional(),
    /** Attribution shown in the footer for outside material. */
    attribution: z.string().optional(),
    /** The gap analysis of the framework. */
    coverage: z
      .object({
        /** Publish the coverage report at `/coverage/` and link it from the framework page; `false` leaves it out of the site. */
        page: z.boolean().default(true),
      })
      .strict()
      .default({}),
    /** Association insights from learners' shared exports. */
    insights: z
      .object({
        /** Publish the staff page `/insights/`, where exports are aggregated in the browser; `false` leaves it out of the site. */
        page: z.boolean().default(true),
      })
      .strict()
      .default({}),
    /** How learners hand a shared export to the association; Micropath itself sends nothing. */
    sharing: z
      .object({
        /** An address learners email their shared export to. */
        email: z.string().email('write an email address such as training@example.org').optional(),
        /** A form (https) where learners upload their shared export. */
        url: WebUrlSchema.optional(),
        /** One sentence shown beside the share button, e.g. why the association asks and what it does with the files. */
        note: z.string().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Site = z.output<typeof SiteSchema>;

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
