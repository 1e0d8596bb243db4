import { z } from 'astro/zod';
import { SlugSchema } from './common';

/** `content/certifications/<id>.yaml`: earned when every listed competency is mastered. */
export const CertificationSchema = z
  .object({
    /** The certification's name. */
    title: z.string().min(1),
    /** What it stands for. */
    description: z.string().min(1),
    /** Competency ids it requires. */
    competencies: z.array(SlugSchema).min(1, 'list at least one competency'),
    /** Continuing-education credit it carries. */
    ceCredits: z.number().nonnegative().optional(),
  })
  .strict();

export type Certification = z.output<typeof CertificationSchema>;
