// npm run new:lesson: scaffolds a draft lesson (see src/lib/scaffold/). Asks for what the flags
// leave out; never overwrites a file. Exit 1 when the lesson cannot be written, 2 for bad options.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkContent } from '../src/lib/checks/check-content';
import { formatReport } from '../src/lib/checks/format-report';
import { readContentDir } from '../src/lib/node/read-content-dir';
import { askMissingAnswers } from '../src/lib/scaffold/ask-lesson';
import { NEW_LESSON_USAGE, parseNewLessonArgs } from '../src/lib/scaffold/parse-new-lesson-args';
import { planLesson } from '../src/lib/scaffold/plan-lesson';
import { readScaffoldContext } from '../src/lib/scaffold/read-scaffold-context';

const args = parseNewLessonArgs(process.argv.slice(2));
if (args.error !== undefined) {
  console.error(`${args.error}\n\n${NEW_LESSON_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(NEW_LESSON_USAGE);
  process.exit(0);
}

const dir = resolve(args.dir ?? process.env.MICROPATH_CONTENT ?? 'content');
const context = readScaffoldContext(readContentDir(dir));
if (context.competencies.length === 0) {
  console.error(`${relative(process.cwd(), dir) || '.'} has no competencies (content/competencies/*.yaml), so a lesson has nothing to build. Check --dir or MICROPATH_CONTENT.`);
  process.exit(1);
}

const answers = await askWhatIsMissing();
const today = new Date();
const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
const result = planLesson(context, answers, day);
if (result.problems) {
  console.error(`The lesson was not written:\n${result.problems.map((problem) => `  ✖ ${problem}`).join('\n')}`);
  process.exit(1);
}

const target = join(dir, result.plan.path);
const shown = relative(process.cwd(), target);
if (existsSync(target)) {
  console.error(`${shown} already exists and is left as it is. Pass --slug with another name.`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, result.plan.text, { flag: 'wx' });
console.log(`Wrote ${shown}: ${result.plan.summary}, as a draft (checked, not published).`);
console.log('Next: replace every TODO:, run npm run check, preview with npm run dev, then remove draft: true.');

// The new file must pass the check as written; say so if it does not.
const own = checkContent(readContentDir(dir)).problems.filter((problem) => resolve(problem.file) === target);
if (own.length > 0) {
  console.error(`\n${formatReport(own)}`);
  if (own.some((problem) => problem.severity === 'error')) process.exitCode = 1;
}

async function askWhatIsMissing() {
  const given = args.error === undefined ? args.answers : {};
  const complete = ['title', 'competency', 'level', 'format', 'minutes'].every((name) => given[name as keyof typeof given] !== undefined);
  if (complete) return given;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  // The line iterator buffers, so answers piped in ahead of their questions are not lost;
  // the end of the input ends the questions.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string) => {
    process.stdout.write(question);
    const next = await lines.next();
    if (next.done) {
      process.stdout.write('\n');
      return undefined;
    }
    if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
    return next.value as string;
  };
  try {
    return await askMissingAnswers(given, context, ask, (line) => console.log(line));
  } finally {
    rl.close();
  }
}
