// npm run insights -- <folder> [--out <dir>] [--content <dir>]: aggregates the learner exports in a
// folder (any depth) against the content and writes insights.json and insights.md (default
// .micropath/insights/). Exit codes: see INSIGHTS_EXIT in src/lib/node/run-insights.ts.
import { parseArgs } from 'node:util';
import { describeReadProgress } from '../src/lib/insights/describe-read-progress';
import { INSIGHTS_EXIT, runInsights } from '../src/lib/node/run-insights';

const USAGE = 'Usage: npm run insights -- <folder of export files> [--out <dir>] [--content <dir>]';

let parsed;
try {
  parsed = parseArgs({ options: { out: { type: 'string' }, content: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(INSIGHTS_EXIT.usage);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(`${positionals.length === 0 ? 'No folder given.' : `One folder only, got ${positionals.length}.`} Name the folder that holds the learners' export files.\n${USAGE}`);
  process.exit(INSIGHTS_EXIT.usage);
}

// On a terminal the line is rewritten in place (at most every 100 ms); in a log, a line every tenth.
const tty = process.stderr.isTTY === true;
let shownAt = 0;
let shownStep = -1;
const progress = (done: number, total: number, last: boolean) => {
  if (tty) {
    const now = performance.now();
    if (!last && now - shownAt < 100) return;
    shownAt = now;
    process.stderr.write(`\r${describeReadProgress(done, total)}${last ? '\n' : ''}`);
    return;
  }
  const step = Math.floor((done * 10) / total);
  if (step === shownStep) return;
  shownStep = step;
  process.stderr.write(`${describeReadProgress(done, total)}\n`);
};

const result = runInsights(
  { folder: positionals[0]!, outDir: values.out ?? '.micropath/insights', contentDir: values.content },
  { out: (text) => console.log(text), err: (text) => console.error(text), progress },
);
process.exitCode = result.code;
