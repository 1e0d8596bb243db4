import { LESSON_FORMATS, LESSON_LEVELS } from '../../schemas/lesson';
import { DEFAULT_ANSWERS, type LessonAnswers } from './plan-lesson';
import { describeCompetency, searchCompetencies, type FrameworkCompetency, type ScaffoldContext } from './read-scaffold-context';

/** Asks one question; resolves to undefined when the input has ended. */
export type Ask = (question: string) => Promise<string | undefined>;

/** How many matches a competency search lists before asking for more letters. */
const LIST_LIMIT = 15;

/**
 * Asks for every answer the flags left out: title, competency (searched by id, title or code and
 * picked by number), level, format and minutes. Stops asking when the input ends; planLesson then
 * says what is missing.
 */
export async function askMissingAnswers(given: LessonAnswers, context: ScaffoldContext, ask: Ask, print: (line: string) => void): Promise<LessonAnswers> {
  const answers = { ...given };
  while (answers.title === undefined || !answers.title.trim()) {
    const title = await ask('Title: ');
    if (title === undefined) return answers;
    answers.title = title;
  }
  if (answers.competency === undefined) {
    const competency = await askCompetency(context.competencies, ask, print);
    if (competency === undefined) return answers;
    answers.competency = competency.id;
  }
  for (const [name, options] of [['level', LESSON_LEVELS], ['format', LESSON_FORMATS]] as const) {
    if (answers[name] !== undefined) continue;
    const picked = await askOption(name, options, DEFAULT_ANSWERS[name], ask, print);
    if (picked === undefined) return answers;
    answers[name] = picked;
  }
  while (answers.minutes === undefined) {
    const minutes = await ask(`Minutes a typical learner needs, quiz included (1–${context.maxMinutes}) [${DEFAULT_ANSWERS.minutes}]: `);
    if (minutes === undefined) return answers;
    const value = minutes.trim() || DEFAULT_ANSWERS.minutes;
    if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= context.maxMinutes) answers.minutes = value;
    else print(`  Write a whole number from 1 to ${context.maxMinutes}.`);
  }
  return answers;
}

async function askCompetency(competencies: readonly FrameworkCompetency[], ask: Ask, print: (line: string) => void): Promise<FrameworkCompetency | undefined> {
  let query = await ask('Competency: type part of its title, id or code (Enter lists them all): ');
  while (query !== undefined) {
    const matches = searchCompetencies(competencies, query);
    if (matches.length === 1) {
      print(`  → ${describeCompetency(matches[0]!)}`);
      return matches[0];
    }
    if (matches.length === 0) {
      print(`  No competency matches ${JSON.stringify(query.trim())}.`);
      query = await ask('Competency: try other words (Enter lists them all): ');
      continue;
    }
    matches.slice(0, LIST_LIMIT).forEach((competency, index) => print(`  ${String(index + 1).padStart(2)}. ${describeCompetency(competency)}`));
    if (matches.length > LIST_LIMIT) print(`  … and ${matches.length - LIST_LIMIT} more: type more letters to narrow the list.`);
    const answer = await ask(`Pick a number (1–${Math.min(matches.length, LIST_LIMIT)}), or type to search again: `);
    if (answer === undefined) return undefined;
    const number = Number(answer.trim());
    if (/^\d+$/.test(answer.trim()) && number >= 1 && number <= Math.min(matches.length, LIST_LIMIT)) {
      print(`  → ${describeCompetency(matches[number - 1]!)}`);
      return matches[number - 1];
    }
    query = answer;
  }
  return undefined;
}

async function askOption(name: string, options: readonly string[], fallback: string, ask: Ask, print: (line: string) => void): Promise<string | undefined> {
  const list = options.map((option, index) => `${index + 1}. ${option}`).join('  ');
  for (;;) {
    const answer = await ask(`${name[0]!.toUpperCase()}${name.slice(1)}: ${list} [${fallback}]: `);
    if (answer === undefined) return undefined;
    const text = answer.trim().toLowerCase();
    if (!text) return fallback;
    const picked = /^\d+$/.test(text) ? options[Number(text) - 1] : options.find((option) => option === text || option.startsWith(text));
    if (picked) return picked;
    print(`  Type a number from 1 to ${options.length}, or one of: ${options.join(', ')}.`);
  }
}
