import { stringify } from 'yaml';
import { writeLesson, type LessonFormat, type LessonPlan } from './generate-lesson';
import { capitalise, slugify, writeParagraph, writeTitle } from './generate-prose';
import { writeQuestions } from './generate-quiz';
import { createRandom, deriveSeed, type Random } from './random';
import { ADJECTIVES, AREA_TITLES, TOPICS } from './words';

/** What to generate. */
export interface GenerateOptions {
  /** Number of lessons. */
  lessons: number;
  /** Lesson file format. */
  format: LessonFormat;
  /** Seed of the pseudo-random source; the same options always give the same files. */
  seed?: number;
  /** Competencies per area, instead of about √n/2 (a framework as large as ESCO's has thousands). */
  competenciesPerArea?: number;
}

/** One file to write, relative to the content folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** A generated lesson, for picking pages to measure. */
export interface GeneratedLesson {
  slug: string;
  path: string;
  hasQuiz: boolean;
}

/** A whole content folder as files, plus an index of its lessons. */
export interface GeneratedContent {
  files: GeneratedFile[];
  lessons: GeneratedLesson[];
  /** Number of competencies, areas included. */
  competencies: number;
}

/** The seed used when none is given. */
export const DEFAULT_SEED = 20_261_120;

/**
 * Generates a realistic content folder: site.yaml, a framework of up to 8 areas × about √n/2
 * competencies (codes "1.1"…), `n` lessons spread evenly over it, a competency check per area and
 * two certifications. Every file passes the content checks. Lesson `i` draws from its own seeded
 * stream, so the same lesson has the same text whatever `n` is (only its place in the framework moves).
 */
export function generateContent({ lessons: count, format, seed = DEFAULT_SEED, competenciesPerArea }: GenerateOptions): GeneratedContent {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`lessons must be a positive whole number, got ${count}`);
  const random = createRandom(seed);
  const framework = planFramework(random, count, competenciesPerArea);
  const leaves = framework.flatMap((area) => area.children);
  const areaOf = new Map(framework.flatMap((area) => area.children.map((child) => [child.id, area.id] as const)));
  const files: GeneratedFile[] = [{ path: 'site.yaml', text: SITE_YAML }];

  for (const [a, area] of framework.entries()) {
    files.push(yamlFile(`competencies/${area.id}.yaml`, { title: area.title, code: String(a + 1), order: a + 1, summary: `Everything about ${area.title.toLowerCase()}.`, badge: { icon: 'star', colour: '#1d4ed8' } }));
    for (const [c, child] of area.children.entries()) {
      files.push(yamlFile(`competencies/${child.id}.yaml`, { title: child.title, code: `${a + 1}.${c + 1}`, parent: area.id, order: c + 1, summary: `Use ${child.title.toLowerCase()} in everyday communication.`, description: writeParagraph(random, 2, 3) }));
    }
  }

  const plans: LessonPlan[] = [];
  const titles = Array.from({ length: count }, (_, index) => writeTitle(createRandom(deriveSeed(seed, index))));
  for (let index = 0; index < count; index++) {
    const stream = createRandom(deriveSeed(seed ^ 0x5bd1e995, index));
    const primary = leaves[index % leaves.length]!;
    const extra = stream.chance(0.3) && leaves.length > 1 ? [leaves[(index + stream.int(1, leaves.length - 1)) % leaves.length]!.id] : [];
    const previousInPath = index - leaves.length;
    const prerequisites = new Set<number>();
    if (previousInPath >= 0 && stream.chance(0.4)) prerequisites.add(previousInPath);
    if (index > 0 && stream.chance(0.15)) prerequisites.add(stream.int(0, index - 1));
    plans.push({
      index,
      slug: lessonSlug(titles[index]!, index),
      title: titles[index]!,
      competencies: [primary.id, ...extra],
      order: Math.floor(index / leaves.length) + 1,
      prerequisites: [...prerequisites].map((other) => lessonSlug(titles[other]!, other)),
    });
  }

  const lessons: GeneratedLesson[] = [];
  const asked = new Set<string>();
  for (const plan of plans) {
    const stream = createRandom(deriveSeed(seed, plan.index));
    writeTitle(stream); // the title was drawn first from this stream; skip past it
    const links = pickNeighbours(stream, plan.index, count).map((other) => plans[other]!);
    const { text, hasQuiz } = writeLesson(stream, plan, links, format, asked);
    const path = `lessons/${areaOf.get(plan.competencies[0]!)}/${plan.slug}.${format}`;
    files.push({ path, text });
    lessons.push({ slug: plan.slug, path, hasQuiz });
  }

  for (const area of framework) {
    const first = area.children[0]!;
    files.push(yamlFile(`assessments/${first.id}.yaml`, { title: `${first.title} check`, passingScore: 0.8, draw: 4, questions: writeQuestions(random, 7, 0, asked) }));
  }
  const half = Math.ceil(framework.length / 2);
  files.push(yamlFile('certifications/foundation.yaml', { title: 'Foundation certificate', description: 'The first half of the framework.', competencies: framework.slice(0, half).map((area) => area.id), ceCredits: 2 }));
  files.push(yamlFile('certifications/practitioner.yaml', { title: 'Practitioner certificate', description: 'The whole framework.', competencies: framework.map((area) => area.id), ceCredits: 5 }));
  return { files, lessons, competencies: framework.length + leaves.length };
}

interface PlannedArea {
  id: string;
  title: string;
  children: { id: string; title: string }[];
}

/** Up to 8 areas of about √n/2 competencies each (or `perArea`), never more competencies than lessons. */
function planFramework(random: Random, lessons: number, perAreaWanted?: number): PlannedArea[] {
  const areaCount = Math.min(AREA_TITLES.length, lessons);
  const perArea = Math.max(1, Math.min(perAreaWanted ?? Math.round(Math.sqrt(lessons) / 2), Math.floor(lessons / areaCount)));
  const allNames = ADJECTIVES.flatMap((adjective) => TOPICS.map((topic) => `${capitalise(adjective)} ${topic}`));
  // Names repeat (with their code in the id) once a framework outgrows the vocabulary.
  const wanted = areaCount * perArea;
  const names = wanted <= allNames.length ? random.sample(allNames, wanted) : Array.from({ length: Math.ceil(wanted / allNames.length) }, () => random.sample(allNames, allNames.length)).flat();
  return AREA_TITLES.slice(0, areaCount).map((title, a) => ({
    id: slugify(title),
    title,
    children: Array.from({ length: perArea }, (_, c) => {
      const name = names[a * perArea + c]!;
      return { id: `${slugify(name)}-${a + 1}-${c + 1}`, title: name };
    }),
  }));
}

/** Up to three other lessons within 50 places of `index`: links stay local, as they do in a real catalogue. */
function pickNeighbours(random: Random, index: number, count: number): number[] {
  const candidates: number[] = [];
  for (let other = Math.max(0, index - 50); other <= Math.min(count - 1, index + 50); other++) if (other !== index) candidates.push(other);
  return random.sample(candidates, 3);
}

function lessonSlug(title: string, index: number): string {
  return `${slugify(title)}-${index + 1}`;
}

function yamlFile(path: string, data: unknown): GeneratedFile {
  return { path, text: stringify(data, { lineWidth: 0 }) };
}

const SITE_YAML = `id: bench-portal
title: Benchmark Association Academy
tagline: Generated lessons for measuring how Micropath builds at scale.
organisation: Benchmark Association
url: https://example.org/bench/
locale: en
logo: /logo.svg
mastery:
  threshold: 0.8
lesson:
  maxMinutes: 15
editBaseUrl: https://example.org/edit/content/
footer:
  - { label: About this programme, href: /competencies/ }
  - { label: Contact, href: https://example.org/contact/ }
`;
