import { QUESTION_TYPES } from '../../schemas/question';
import { writeSentence } from './generate-prose';
import type { Random } from './random';
import { ADJECTIVES, AUDIENCES, OUTCOMES, PROBLEMS, TOPICS } from './words';

type QuestionType = (typeof QUESTION_TYPES)[number];

/** A question as it is written in YAML (the shape `QuestionSchema` accepts). */
export type GeneratedQuestion = Record<string, unknown> & { id: string; type: QuestionType; prompt: string };

/** Words a text question may expect; one that its prompt does not contain is chosen. */
const TEXT_ANSWERS = ['label', 'caption', 'heading', 'summary', 'transcript', 'description'];

/**
 * Writes `count` questions whose types rotate from `firstType`, so that across a set of lessons
 * every one of the seven types appears. They follow the content checks and the item-writing lint:
 * one correct `single` choice, distinct options and feedback, no answer inside its prompt, the
 * longest choice never the right one, and no prompt asked twice in the catalogue (`asked` holds
 * every prompt so far, compared as the lint compares them).
 */
export function writeQuestions(random: Random, count: number, firstType: number, asked: Set<string>): GeneratedQuestion[] {
  return Array.from({ length: count }, (_, index) => {
    const type = QUESTION_TYPES[(firstType + index) % QUESTION_TYPES.length]!;
    return writeQuestion(random, type, `q${index + 1}-${type}`, asked);
  });
}

/** One question of the given type, with a prompt not yet in `asked`. */
export function writeQuestion(random: Random, type: QuestionType, id: string, asked: Set<string>): GeneratedQuestion {
  const topic = random.pick(TOPICS);
  const question = QUESTIONS[type](topic, random);
  // A scenario sentence before the question makes prompts as varied as real ones.
  let prompt = `${writeSentence(random)} ${question}`;
  for (let attempt = 0; asked.has(promptKey(prompt)); attempt++) prompt = attempt < 20 ? `${writeSentence(random)} ${question}` : `${prompt} (${attempt})`;
  asked.add(promptKey(prompt));
  const explanation = writeSentence(random);
  switch (type) {
    case 'single':
    case 'multiple': {
      const texts = random.sample(PROBLEMS, random.int(3, 4)).map((problem) => `Look for ${problem}`);
      // The longest choice is always a wrong one, so guessing the longest answer does not pay.
      const longest = texts.reduce((best, text, index) => (text.length > texts[best]!.length ? index : best), 0);
      const candidates = texts.map((_, index) => index).filter((index) => index !== longest);
      const correct = type === 'single' ? [random.pick(candidates)] : random.sample(candidates, random.int(1, 2));
      const feedback = new Set<string>();
      const choices = texts.map((text, index) => {
        let note = writeSentence(random);
        while (feedback.has(note)) note = writeSentence(random);
        feedback.add(note);
        return { text, ...(correct.includes(index) ? { correct: true } : {}), feedback: `${correct.includes(index) ? 'Yes' : 'Not quite'}: ${note}` };
      });
      return { id, type, prompt, choices, explanation };
    }
    case 'true-false':
      return { id, type, prompt, answer: random.chance(0.7), explanation };
    case 'text': {
      const lower = prompt.toLowerCase();
      const word = random.pick(TEXT_ANSWERS.filter((answer) => !lower.includes(answer)));
      return { id, type, prompt, accept: [word, `a ${word}`], ...(random.chance(0.5) ? { pattern: `^(an? )?${word}s?$` } : {}), explanation };
    }
    case 'numeric':
      return { id, type, prompt, answer: random.int(3, 30), ...(random.chance(0.5) ? { tolerance: random.int(1, 3) } : {}), ...(random.chance(0.5) ? { unit: ' s' } : {}), explanation };
    case 'order':
      return { id, type, prompt, items: ['Plan the purpose', 'Write a first draft', 'Test with a reader', 'Publish and review'].slice(0, random.int(3, 4)), explanation };
    case 'match': {
      const problems = random.sample(PROBLEMS, 3);
      const outcomes = random.sample(OUTCOMES, 3);
      return { id, type, prompt, pairs: problems.map((left, index) => ({ left, right: outcomes[index]! })), explanation };
    }
  }
}

/** The question itself, by type; the prompt adds a scenario before it. */
const QUESTIONS: Record<QuestionType, (topic: string, random: Random) => string> = {
  single: (topic) => `What is the first thing to check in ${topic}?`,
  multiple: (topic) => `Which checks catch problems in ${topic}? Choose all that apply.`,
  'true-false': (topic, random) => `True or false: ${random.pick(ADJECTIVES)} ${topic} help ${random.pick(AUDIENCES)}.`,
  text: (topic) => `In one word, what should go with every piece of ${topic}?`,
  numeric: (topic, random) => `How many seconds should ${random.pick(AUDIENCES)} need to find the point of ${topic}?`,
  order: (topic) => `Put the steps for ${topic} in order.`,
  match: (topic) => `Match each problem in ${topic} with what fixing it lets readers do.`,
};

/** How prompts are compared for repeats: case, spacing and final punctuation ignored. */
export function promptKey(prompt: string): string {
  return prompt.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?…:]+$/, '');
}

