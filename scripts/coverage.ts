// npm run coverage: how well lessons and checks cover the framework. Prints Markdown, writes JSON
// (default .micropath/coverage.json, or --json <path>) and, in GitHub Actions, adds the Markdown
// to the job summary. Usage: tsx scripts/coverage.ts [content-dir] [--json <path>]
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/checks/check-content';
import { formatReport } from '../src/lib/checks/format-report';
import { analyseCoverage } from '../src/lib/coverage/analyse-coverage';
import { formatCoverageMarkdown } from '../src/lib/coverage/format-coverage';
import { readContentDir } from '../src/lib/node/read-content-dir';
import { buildPortal } from '../src/lib/portal/build-portal';

const { values, positionals } = parseArgs({
  options: { json: { type: 'string' } },
  allowPositionals: true,
});
const dir = resolve(positionals[0] ?? process.env.MICROPATH_CONTENT ?? 'content');
const jsonPath = resolve(values.json ?? '.micropath/coverage.json');

const { problems, content } = checkContent(readContentDir(dir));
// Graph errors (an unknown competency, a cycle) leave `content` set but the figures would be wrong.
if (!content || problems.some((problem) => problem.severity === 'error')) {
  console.error(formatReport(problems));
  console.error(
    '\nThe coverage report needs content that passes the check: fix the errors above, then run npm run coverage again.',
  );
  process.exit(1);
}

const report = analyseCoverage(buildPortal(content));
const markdown = formatCoverageMarkdown(report);
console.log(markdown);
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
console.error(`Coverage data written to ${jsonPath}.`);
if (process.env.GITHUB_STEP_SUMMARY)
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
