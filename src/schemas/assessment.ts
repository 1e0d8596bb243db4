import { z } from 'astro/zod';
import { QuestionSchema } from './question';

/** `content/assessments/<competency>.yaml`: the competency check, also taken as a test-out. */
export const AssessmentSchema = z
  .object({
    /** Heading of the check. */
    title: z.string().min(1).optional(),
    /** What passing shows. */
    description: z.string().default(''),
    /** Share of drawn questions to answer correctly; defaults to the competency's or site's threshold. */
    passingScore: z.number().optional(),
    /** How many questions each attempt draws from the pool; all when absent. */
    draw: z.number().int().positive().optional(),
    /** The question pool. */
    questions: z.array(QuestionSchema).min(1),
  })
  .strict();

export type Assessment = z.output<typeof AssessmentSchema>;
