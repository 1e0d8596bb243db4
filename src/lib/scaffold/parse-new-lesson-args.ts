import { parseArgs } from 'node:util';
import type { LessonAnswers } from './plan-lesson';

/** How to call `npm run new:lesson`. */
export const NEW_LESSON_USAGE = `Usage: npm run new:lesson [-- options]

Writes content/lessons/<area>/<slug>.mdx: a draft lesson with full frontmatter, a quiz skeleton and
a body outline. It asks for whatever the options leave out; with all five it asks nothing.

  --title "…"          the lesson's title
  --competency <id>    the competency it builds (a file name in content/competencies/)
  --level <level>      foundation, practitioner or advanced
  --format <format>    reading, video, scenario or interactive
  --minutes <n>        minutes a typical learner needs, quiz included
  --slug <slug>        the file name (default: made from the title)
  --dir <folder>       the content folder (default: $MICROPATH_CONTENT or content)
  --help               this text

Example: npm run new:lesson -- --title "Alt text for charts" --competency text-alternatives --level foundation --format reading --minutes 6`;

/** The parsed command line, or why it could not be read. */
export type NewLessonArgs = { answers: LessonAnswers; dir?: string; help: boolean; error?: undefined } | { error: string };

/** Reads the options of `npm run new:lesson`; unknown options and stray words are errors. */
export function parseNewLessonArgs(argv: readonly string[]): NewLessonArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        title: { type: 'string' },
        competency: { type: 'string' },
        level: { type: 'string' },
        format: { type: 'string' },
        minutes: { type: 'string' },
        slug: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    const { dir, help, ...answers } = values;
    return { answers, dir, help: help ?? false };
  } catch (thrown) {
    return { error: (thrown as Error).message };
  }
}
