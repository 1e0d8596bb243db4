import { z } from 'astro/zod';
import { CalendarDateSchema, SlugSchema } from './common';
import { QuizSchema } from './question';

/** The levels a lesson can be pitched at, from first steps to specialist. */
export const LESSON_LEVELS = ['foundation', 'practitioner', 'advanced'] as const;
/** How a lesson teaches. */
export const LESSON_FORMATS = ['reading', 'video', 'scenario', 'interactive'] as const;

/** Frontmatter of `content/lessons/**\/<slug>.mdx`. */
export const LessonSchema = z
  .object({
    /** The lesson's title, shown as its heading and in lists. */
    title: z.string().min(1).max(120),
    /** One sentence for cards and search results. */
    description: z.string().min(1).max(300),
    /** Competency ids the lesson builds; the first is its primary path. */
    competencies: z.array(SlugSchema).min(1, 'map the lesson to at least one competency'),
    /** What the learner will be able to do afterwards. */
    objectives: z.array(z.string().min(1)).min(1),
    /** Minutes a typical learner needs, quiz included. */
    duration: z.number().int().positive(),
    /** Who the lesson is pitched at. */
    level: z.enum(LESSON_LEVELS),
    /** How the lesson teaches. */
    format: z.enum(LESSON_FORMATS).default('reading'),
    /** Place in the primary competency's path (lower comes first). */
    order: z.number().int().nonnegative().optional(),
    /** Slugs of lessons to take first. */
    prerequisites: z.array(SlugSchema).default([]),
    /** Continuing-education credit earned by completing the lesson. */
    ceCredits: z.number().nonnegative().optional(),
    /** The day the lesson was last reviewed. */
    updated: CalendarDateSchema.optional(),
    /** Checked but not published. */
    draft: z.boolean().default(false),
    /** The lesson's quiz; completing the lesson means passing it. */
    quiz: QuizSchema.optional(),
  })
  .strict();

export type Lesson = z.output<typeof LessonSchema>;
