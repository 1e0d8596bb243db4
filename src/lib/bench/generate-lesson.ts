import { stringify } from 'yaml';
import { LESSON_FORMATS, LESSON_LEVELS } from '../../schemas/lesson';
import { capitalise, countProseWords, writeParagraph, writeSentence } from './generate-prose';
import { writeQuestions } from './generate-quiz';
import type { Random } from './random';
import { ADJECTIVES, AUDIENCES, CHANNELS, OUTCOMES, PROBLEMS, TOPICS, VERBS } from './words';

/** Lesson file formats the benchmark can write. */
export type LessonFormat = 'md' | 'mdx';

/** Where a lesson sits and what it points to, decided before any text is written. */
export interface LessonPlan {
  index: number;
  slug: string;
  title: string;
  /** Competency ids, the primary first. */
  competencies: string[];
  /** Place in the primary path. */
  order: number;
  /** Slugs of earlier lessons (always lower indices, so there is never a cycle). */
  prerequisites: string[];
}

/** A lesson another lesson links to. */
export interface LinkTarget {
  slug: string;
  title: string;
}

/** Writes a whole lesson file: YAML frontmatter and a 300–600-word body; `asked` keeps quiz prompts unique across the catalogue. */
export function writeLesson(random: Random, plan: LessonPlan, links: readonly LinkTarget[], format: LessonFormat, asked: Set<string>): { text: string; hasQuiz: boolean } {
  const topic = random.pick(TOPICS);
  const hasQuiz = random.chance(0.85);
  const questions = hasQuiz ? writeQuestions(random, random.int(3, 5), plan.index, asked) : [];
  const body = writeLessonBody(random, topic, links, format, random.int(300, 580));
  const data = {
    title: plan.title,
    description: `${capitalise(random.pick(ADJECTIVES))} ${topic} ${random.pick(CHANNELS)}, so that ${random.pick(AUDIENCES)} can ${random.pick(OUTCOMES)}.`,
    competencies: plan.competencies,
    objectives: Array.from({ length: random.int(2, 4) }, () => `${random.pick(VERBS)} ${topic} so that ${random.pick(AUDIENCES)} can ${random.pick(OUTCOMES)}`),
    // What a reader at 200 words a minute needs, plus half a minute a question: the duration lint's middle.
    duration: Math.min(15, Math.max(1, Math.round(countProseWords(body) / 200 + questions.length / 2))),
    level: random.pick(LESSON_LEVELS),
    format: random.pick(LESSON_FORMATS),
    order: plan.order,
    ...(plan.prerequisites.length ? { prerequisites: plan.prerequisites } : {}),
    ...(random.chance(0.3) ? { ceCredits: 0.25 } : {}),
    updated: calendarDay(Date.UTC(2025, 0, 1) + ((plan.index * 7) % 600) * 86_400_000),
    ...(hasQuiz ? { quiz: { passingScore: random.pick([0.75, 0.8]), questions } } : {}),
  };
  return { text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`, hasQuiz };
}

/**
 * A lesson body of at least `words` words: an introduction, headed sections, a bulleted and a
 * numbered list, a code block, links to other lessons, a tip and a worked example (`<Callout>` and
 * `<Example>` in MDX, a quote and a paragraph in Markdown, so both formats carry the same text).
 */
export function writeLessonBody(random: Random, topic: string, links: readonly LinkTarget[], format: LessonFormat, words: number): string {
  const blocks: string[] = [writeParagraph(random, 3, 4)];
  const linkText = (target: LinkTarget) => `[${target.title}](/lessons/${target.slug}/)`;
  blocks.push(`## Why ${topic} matter`, writeParagraph(random));
  blocks.push(random.sample(PROBLEMS, random.int(3, 5)).map((problem) => `- **${capitalise(problem)}**: ${writeSentence(random)}`).join('\n'));
  const [first, ...others] = links;
  blocks.push(`## ${random.pick(VERBS)} ${topic} step by step`, `${writeSentence(random)}${first ? ` If this is new to you, start with ${linkText(first)}.` : ''}`);
  blocks.push(Array.from({ length: random.int(3, 5) }, (_, index) => `${index + 1}. ${writeSentence(random)}`).join('\n'));
  blocks.push(writeCodeBlock(random, topic));
  const tip = writeParagraph(random, 1, 2);
  blocks.push(format === 'mdx' ? `<Callout kind="tip">\n\n${tip}\n\n</Callout>` : `> **Tip:** ${tip}`);
  const example = { title: `${random.pick(VERBS)} the ${topic} ${random.pick(CHANNELS)}`, text: writeParagraph(random, 2, 3) };
  blocks.push(format === 'mdx' ? `<Example title="${example.title}">\n\n${example.text}\n\n</Example>` : `**Worked example: ${example.title}.** ${example.text}`);
  const headings = [`Common mistakes with ${topic}`, `Try it ${random.pick(CHANNELS)}`, `Checking your ${topic}`, `When ${topic} go wrong`, `Working with the team`];
  let count = countProseWords(blocks.join('\n\n'));
  for (let section = 0; count < words; section++) {
    blocks.push(`${section % 2 ? '###' : '##'} ${headings[section % headings.length]}`);
    const target = others[section];
    const sentences = target ? [`${writeSentence(random)} See also ${linkText(target)}.`] : [];
    count += countProseWords(blocks.at(-1)! + sentences.join(' '));
    // Sentence by sentence, so the body ends within a sentence of the target length.
    while (count < words && sentences.length < 5) {
      const sentence = writeSentence(random);
      sentences.push(sentence);
      count += countProseWords(sentence);
    }
    blocks.push(sentences.join(' '));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Changes a lesson's body without touching its frontmatter, as an editor's small fix would. */
export function reviseLesson(text: string, round: number): string {
  return `${text.trimEnd()}\n\nReviewed again (revision ${round}): the examples still apply.\n`;
}

function writeCodeBlock(random: Random, topic: string): string {
  const snippets = [
    ['html', `<img src="/media/${topic.replace(/\W+/g, '-')}.png"\n     alt="${capitalise(random.pick(OUTCOMES))}">\n<p>${capitalise(random.pick(ADJECTIVES))} ${topic} help everyone.</p>`],
    ['html', `<a href="/events/${random.int(2020, 2026)}/">\n  Register for the webinar on ${topic}\n</a>`],
    ['css', `.callout {\n  color: #1f2937;\n  background: #f9fafb;\n  border-left: 4px solid #1d4ed8;\n}`],
    ['markdown', `## ${capitalise(topic)}\n\n- ${random.pick(OUTCOMES)}\n- ${random.pick(OUTCOMES)}`],
  ] as const;
  const [language, code] = random.pick(snippets);
  return `\`\`\`${language}\n${code}\n\`\`\``;
}

function calendarDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
