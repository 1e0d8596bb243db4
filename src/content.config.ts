import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { lessonLoader } from './integration/lesson-loader';
import { yamlLoader } from './integration/yaml-loader';
import { readPortalSettings } from './lib/node/portal-settings';
import { AssessmentSchema, CertificationSchema, CompetencySchema, LessonSchema, SiteSchema } from './schemas';

// The same folder the content check read (MICROPATH_CONTENT or ./content).
const { contentDir } = readPortalSettings();

/** Lessons are identified by file name, wherever they sit below `lessons/`. */
const lessonId = ({ entry }: { entry: string }) => entry.split('/').pop()!.replace(/\.mdx?$/i, '');

export const collections = {
  site: defineCollection({ loader: yamlLoader({ file: join(contentDir, 'site.yaml'), id: 'site' }), schema: SiteSchema }),
  competencies: defineCollection({ loader: yamlLoader({ dir: join(contentDir, 'competencies'), markdownField: 'description' }), schema: CompetencySchema }),
  // MDX lessons render to HTML in the content layer and stay cached per file (see lesson-loader.ts).
  // retainBody: false — nothing reads a lesson's raw text after loading, and Astro bundles the whole
  // content store into the build, so keeping every body cost memory and time in proportion to the catalogue.
  lessons: defineCollection({ loader: lessonLoader({ pattern: '**/[^_.]*.{md,mdx}', base: join(contentDir, 'lessons'), generateId: lessonId, retainBody: false }), schema: LessonSchema }),
  assessments: defineCollection({ loader: yamlLoader({ dir: join(contentDir, 'assessments') }), schema: AssessmentSchema }),
  certifications: defineCollection({ loader: yamlLoader({ dir: join(contentDir, 'certifications') }), schema: CertificationSchema }),
};
