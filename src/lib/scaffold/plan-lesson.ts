import { LESSON_FORMATS, LESSON_LEVELS, type Lesson } from '../../schemas/lesson';
import { suggest } from '../checks/nearest';
import { buildLessonFile } from './lesson-template';
import { describeCompetency, findNextOrder, type ScaffoldContext } from './read-scaffold-context';

/** What the editor asked for, from flags or prompts; all text, as typed. */
export interface LessonAnswers {
  title?: string;
  competency?: string;
  level?: string;
  format?: string;
  minutes?: string;
  /** The file name; made from the title when absent. */
  slug?: string;
}

/** A lesson file ready to write. */
export interface LessonPlan {
  slug: string;
  /** Path inside the content folder: `lessons/<area>/<slug>.mdx`. */
  path: string;
  text: string;
  /** One line for the editor: which path, which place. */
  summary: string;
}

/** The plan, or every reason it cannot be made (each says what to do). */
export type PlanResult = { plan: LessonPlan; problems?: undefined } | { plan?: undefined; problems: string[] };

/** Lower-case words joined by hyphens, accents dropped, at most 60 characters, cut at a word. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + word.length + 1 > 60) break;
    slug = slug ? `${slug}-${word}` : word.slice(0, 60);
  }
  return slug;
}

/**
 * Checks the answers against the framework and the existing lessons and, when all is well, builds
 * the file: in the folder of the competency's area, last in the competency's path.
 */
export function planLesson(context: ScaffoldContext, answers: LessonAnswers, today: string): PlanResult {
  const problems: string[] = [];
  const title = answers.title?.trim() ?? '';
  if (!title) problems.push('a title is needed: pass --title "Write alt text that does the job".');
  else if (title.length > 120) problems.push(`the title is ${title.length} characters long; keep it to 120 or fewer.`);

  const slug = answers.slug?.trim() || slugify(title);
  if (title && !slug) problems.push(`no file name can be made from the title ${JSON.stringify(title)}: pass --slug with lower-case words joined by hyphens.`);
  else if (slug && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) problems.push(`${JSON.stringify(slug)} is not a valid slug: use lower-case letters, digits and single hyphens, e.g. "write-alt-text".`);
  const existing = context.lessons.find((lesson) => lesson.id === slug);
  if (slug && existing) problems.push(`a lesson called "${slug}" already exists (${existing.file}); lesson slugs must be unique. Pass --slug with another name.`);

  const competencyId = answers.competency?.trim() ?? '';
  const competency = context.competencies.find((candidate) => candidate.id === competencyId);
  const ids = context.competencies.map((candidate) => candidate.id);
  if (!competencyId) problems.push('a competency is needed: pass --competency with an id from content/competencies/, or leave it out to pick one from a list.');
  else if (!competency) problems.push(`"${competencyId}" is not a competency.${suggest(competencyId, ids)} Use the file name (without .yaml) of a file in content/competencies/, or leave --competency out to pick from a list.`);

  const level = pickOption(answers.level, LESSON_LEVELS, 'level', problems);
  const format = pickOption(answers.format, LESSON_FORMATS, 'format', problems);
  const minutesText = answers.minutes?.trim() ?? '';
  const minutes = Number(minutesText);
  if (!minutesText) problems.push('the duration is needed: pass --minutes with the minutes a typical learner needs, quiz included.');
  else if (!Number.isInteger(minutes) || minutes < 1) problems.push(`--minutes ${JSON.stringify(minutesText)} is not a whole number of minutes; write e.g. 6.`);
  else if (minutes > context.maxMinutes) problems.push(`${minutes} minutes is over the site's limit of ${context.maxMinutes} (lesson.maxMinutes in site.yaml); plan a shorter lesson, or split it in two.`);

  if (problems.length > 0 || !competency || !level || !format) return { problems };
  const order = findNextOrder(context.lessons, competency.id);
  const text = buildLessonFile({ title, competency: competency.id, competencyTitle: competency.title, level, format, minutes, order, today });
  return {
    plan: { slug, path: `lessons/${competency.area}/${slug}.mdx`, text, summary: `lesson ${order} in the path of ${describeCompetency(competency)}` },
  };
}

function pickOption<T extends string>(value: string | undefined, options: readonly T[], name: string, problems: string[]): T | undefined {
  const text = value?.trim().toLowerCase() ?? '';
  const found = options.find((option) => option === text);
  if (found) return found;
  problems.push(text ? `"${value?.trim()}" is not a ${name}.${suggest(text, options)} Use one of: ${options.join(', ')}.` : `a ${name} is needed: pass --${name} with one of: ${options.join(', ')}.`);
  return undefined;
}

/** The level and format a lesson takes when the editor just presses Enter. */
export const DEFAULT_ANSWERS: Required<Pick<LessonAnswers, 'level' | 'format' | 'minutes'>> & { level: Lesson['level']; format: Lesson['format'] } = {
  level: 'foundation',
  format: 'reading',
  minutes: '6',
};
