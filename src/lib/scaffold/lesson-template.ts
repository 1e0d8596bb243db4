import { stringify } from 'yaml';
import type { Lesson } from '../../schemas';
import { PLACEHOLDER } from '../checks/placeholder';


/** Everything a new lesson file is made from. */
export interface LessonDraft {
  title: string;
  /** The competency whose path the lesson joins. */
  competency: string;
  /** The competency's title, for the link in the body. */
  competencyTitle: string;
  level: Lesson['level'];
  format: Lesson['format'];
  minutes: number;
  /** Place in the competency's path. */
  order: number;
  /** The day it is written, `YYYY-MM-DD`. */
  today: string;
}

/** Continuing-education credit for a duration: an hour is 1, rounded to 0.05 (6 minutes is 0.1). */
export function estimateCeCredits(minutes: number): number {
  return Math.max(0.05, Number((Math.round(minutes / 3) * 0.05).toFixed(2)));
}

/** Text that MDX shows as written: brackets, braces and angle brackets would otherwise be syntax. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\[\]{}<>*_`]/g, '\\$&');
}

/** A YAML scalar: plain when that reads back the same, quoted otherwise. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The text of a new draft lesson: complete frontmatter, a quiz skeleton with one valid question of
 * each common type, and a body outline. It passes `npm run check` as it is; every `TODO:` marks
 * what the author writes before removing `draft: true`.
 */
export function buildLessonFile(draft: LessonDraft): string {
  const t = (text: string) => scalar(`${PLACEHOLDER} ${text}`);
  const frontmatter = [
    `title: ${scalar(draft.title)}`,
    `description: ${t('one sentence for cards and search results.')}`,
    `competencies: [${draft.competency}]   # the first is the lesson's learning path`,
    'objectives:',
    `  - ${t('what the learner can do afterwards, starting with a verb')}`,
    `  - ${t('a second objective, or remove this line')}`,
    `duration: ${draft.minutes}   # minutes, quiz included`,
    `level: ${draft.level}`,
    `format: ${draft.format}`,
    `order: ${draft.order}   # place in the ${draft.competency} path`,
    '# prerequisites: [lesson-slug]   # lessons to take first',
    `ceCredits: ${estimateCeCredits(draft.minutes)}`,
    `updated: ${draft.today}`,
    'draft: true   # checked by npm run check, not published; remove when the lesson is ready',
    'quiz:',
    '  passingScore: 0.8',
    '  # Other question types: numeric, order, match. See CONTRIBUTING.md, "Quizzes".',
    '  questions:',
    '    - id: check-single',
    '      type: single',
    `      prompt: ${t('a question about a realistic situation, with one right answer?')}`,
    '      choices:',
    `        - text: ${t('the right answer')}`,
    '          correct: true',
    `          feedback: ${t('why it is right.')}`,
    `        - text: ${t('a plausible wrong answer')}`,
    `          feedback: ${t('why this one is wrong.')}`,
    `        - text: ${t('another common mistake')}`,
    `          feedback: ${t('why that one is wrong.')}`,
    `      explanation: ${t('the reasoning, shown after the learner answers.')}`,
    '    - id: check-multiple',
    '      type: multiple',
    `      prompt: ${t('a question with several right answers? Select all that apply.')}`,
    '      choices:',
    `        - text: ${t('a right answer')}`,
    '          correct: true',
    `          feedback: ${t('why it is right.')}`,
    `        - text: ${t('another right answer')}`,
    '          correct: true',
    `          feedback: ${t('why this is right too.')}`,
    `        - text: ${t('a plausible wrong answer')}`,
    `          feedback: ${t('why it is wrong.')}`,
    `      explanation: ${t('what the right answers have in common.')}`,
    '    - id: check-true-false',
    '      type: true-false',
    `      prompt: ${t('a statement learners often get wrong.')}`,
    '      answer: false',
    `      explanation: ${t('why the statement is false.')}`,
    '    - id: check-text',
    '      type: text',
    `      prompt: ${t('a question with a short typed answer?')}`,
    `      accept: [${t('the answer')}]   # compared without case; list every spelling you accept`,
    `      explanation: ${t('the answer and why.')}`,
  ];
  const body = [
    `${PLACEHOLDER} an intro paragraph: what the learner will be able to do, and why it matters in their work. This lesson builds [${escapeMarkdown(draft.competencyTitle)}](/competencies/${draft.competency}/).`,
    '',
    `## ${PLACEHOLDER} the first idea`,
    '',
    `${PLACEHOLDER} explain it in plain language, with one concrete case. Use \`##\` for sections and \`###\` inside them, without skipping a level.`,
    '',
    `## ${PLACEHOLDER} the second idea`,
    '',
    `${PLACEHOLDER} explain it. Link to other lessons as \`/lessons/<slug>/\`.`,
    '',
    `<Callout kind="tip">${PLACEHOLDER} a tip, or remove this line. kind is note, tip or warning.</Callout>`,
    '',
    `<Example title="${PLACEHOLDER} what the worked example shows">`,
    '',
    `${PLACEHOLDER} a first attempt, what is wrong with it, and the better version.`,
    '',
    '</Example>',
    '',
    `## ${PLACEHOLDER} a quick check before you publish`,
    '',
    `${PLACEHOLDER} one habit the learner can apply today.`,
  ];
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n')}\n`;
}
