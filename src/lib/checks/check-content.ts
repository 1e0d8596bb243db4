import type { z } from 'astro/zod';
import { AssessmentSchema, CertificationSchema, CompetencySchema, LessonSchema, SiteSchema } from '../../schemas';
import type { RawContent, RawEntry } from '../content/raw-content';
import type { Entry, ValidContent } from '../content/valid-content';
import { checkGraph } from './check-graph';
import { formatZodIssues } from './format-zod-issue';
import type { LintCache } from './lint-cache';
import { lintContent } from './lint-content';
import { lintSvg } from './lint-svg';
import { error, type Problem } from './problem';

/** The outcome of checking a content folder. */
export interface CheckResult {
  /** Every problem found, errors and warnings. */
  problems: Problem[];
  /** The validated content, present when no file failed its schema. */
  content?: ValidContent;
}

/**
 * Validates every file against its schema, checks the content graph, then lints lesson bodies and
 * quizzes (lint-content.ts); never throws on bad content. `lintCache` lets unchanged lessons skip the body lint.
 */
export function checkContent(raw: RawContent, lintCache?: LintCache): CheckResult {
  const problems: Problem[] = [];
  const validate = <S extends z.ZodTypeAny>(entry: RawEntry, schema: S): Entry<z.output<S>> | undefined => {
    if (entry.parseError) {
      const fix = entry.parseError.message.includes('no frontmatter') ? undefined : 'Fix the syntax; put quotes around values that contain ": " or start with a special character.';
      problems.push({ ...error('unreadable-file', entry.file, undefined, entry.parseError.message, fix), line: entry.parseError.line });
      return undefined;
    }
    const result = schema.safeParse(entry.data ?? {});
    if (!result.success) {
      problems.push(...formatZodIssues(entry.file, schema, result.error.issues, entry.data));
      return undefined;
    }
    return { id: entry.id, file: entry.file, data: result.data, body: entry.body };
  };
  const all = <S extends z.ZodTypeAny>(entries: RawEntry[], schema: S) =>
    entries.map((entry) => validate(entry, schema)).filter((entry): entry is Entry<z.output<S>> => entry !== undefined);

  for (const svg of raw.svgs ?? []) problems.push(...lintSvg(svg));
  if (!raw.site) problems.push(error('missing-site', `${raw.root}/site.yaml`, undefined, 'the content folder has no site.yaml.', 'Create it with at least id and title.'));
  const site = raw.site ? validate(raw.site, SiteSchema) : undefined;
  const content = {
    competencies: all(raw.competencies, CompetencySchema),
    lessons: all(raw.lessons, LessonSchema),
    assessments: all(raw.assessments, AssessmentSchema),
    certifications: all(raw.certifications, CertificationSchema),
  };
  if (raw.lessons.length === 0) problems.push(error('no-lessons', `${raw.root}/lessons`, undefined, 'there are no lessons.', 'Add at least one .mdx file under content/lessons/.'));
  if (!site) return { problems: [...problems, ...lintContent(raw, content, lintCache)] };
  const valid: ValidContent = { site: site.data, ...content };
  const failed = problems.some((problem) => problem.severity === 'error');
  // Cross-file checks run on the files that passed, so an editor sees every problem in one run;
  // ids of files that failed still count as known, so they cause no false "unknown id" errors.
  problems.push(...checkGraph(valid, { competencies: raw.competencies.map((entry) => entry.id), lessons: raw.lessons.map((entry) => entry.id), partial: failed }));
  problems.push(...lintContent(raw, valid, lintCache));
  return failed ? { problems } : { problems, content: valid };
}
