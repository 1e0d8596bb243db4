import { z } from 'astro/zod';
import { CodeSchema, HexColourSchema, SlugSchema, WebUrlSchema } from './common';

/** A link from a competency to an item of an outside framework. */
export const AlignmentSchema = z
  .object({
    /** The framework's name, e.g. "WCAG 2.2". */
    framework: z.string().min(1),
    /** The item's code in that framework. */
    code: CodeSchema.optional(),
    /** Where the item is published. */
    url: WebUrlSchema,
  })
  .strict();

/** The icons a badge can carry. */
export const BADGE_ICONS = [
  'image', 'captions', 'structure', 'contrast', 'keyboard', 'clock', 'flash', 'compass', 'pointer',
  'book', 'repeat', 'form', 'code', 'eye', 'hand', 'brain', 'shield', 'star',
] as const;

/** How a competency's badge looks. */
export const BadgeSchema = z
  .object({
    /** The glyph in the badge. */
    icon: z.enum(BADGE_ICONS).default('star'),
    /** Background colour; white text must read on it. */
    colour: HexColourSchema.default('#1d4ed8'),
  })
  .strict();

/** `content/competencies/<id>.yaml`: one competency; top-level ones are the framework's areas. */
export const CompetencySchema = z
  .object({
    /** The competency's name. */
    title: z.string().min(1).max(120),
    /** One sentence for cards. */
    summary: z.string().min(1).max(300),
    /** Longer Markdown shown on the competency page. */
    description: z.string().default(''),
    /** Id of the parent competency; none for an area. */
    parent: SlugSchema.optional(),
    /** Human code such as "1.4"; kept as text. */
    code: CodeSchema.optional(),
    /** Place among its siblings (lower comes first). */
    order: z.number().int().nonnegative().optional(),
    /** Score share needed on the competency check, overriding the site's threshold. */
    masteryThreshold: z.number().min(0).max(1).optional(),
    /** The badge earned on mastery. */
    badge: BadgeSchema.optional(),
    /** Links to items of outside frameworks. */
    alignments: z.array(AlignmentSchema).default([]),
  })
  .strict();

export type Competency = z.output<typeof CompetencySchema>;
export type Alignment = z.output<typeof AlignmentSchema>;
