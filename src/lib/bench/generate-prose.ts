import type { Random } from './random';
import { ADJECTIVES, AUDIENCES, CHANNELS, OUTCOMES, PROBLEMS, SENTENCES, TOPICS, VERBS } from './words';

const SLOTS: Record<string, readonly string[]> = {
  verb: VERBS.map((verb) => verb.toLowerCase()),
  topic: TOPICS,
  channel: CHANNELS,
  audience: AUDIENCES,
  adjective: ADJECTIVES,
  problem: PROBLEMS,
  outcome: OUTCOMES,
};

/** One sentence of lesson prose; safe in Markdown and MDX (no `<`, `{` or markup characters). */
export function writeSentence(random: Random): string {
  const pattern = random.pick(SENTENCES);
  return pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const word = random.pick(SLOTS[slot.toLowerCase()]!);
    return slot[0] === slot[0]!.toUpperCase() ? capitalise(word) : word;
  });
}

/** A paragraph of `min` to `max` sentences. */
export function writeParagraph(random: Random, min = 2, max = 4): string {
  return Array.from({ length: random.int(min, max) }, () => writeSentence(random)).join(' ');
}

/** A title such as "Write clear captions for webinars". */
export function writeTitle(random: Random): string {
  const topic = random.pick(TOPICS);
  const extra = random.chance(0.5) ? ` ${random.pick(CHANNELS)}` : '';
  return `${random.pick(VERBS)} ${random.pick(ADJECTIVES)} ${topic}${extra}`;
}

/** Lower-case words joined by hyphens, as ids and slugs are written. */
export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words a reader reads in Markdown: code fences, tags and link targets left out. */
export function countProseWords(markdown: string): number {
  const prose = markdown
    .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
