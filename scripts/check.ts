// npm run check: the content checks of the build, without building. Exit 1 when any error is found.
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/checks/check-content';
import { formatReport } from '../src/lib/checks/format-report';
import { readContentDir } from '../src/lib/node/read-content-dir';

const dir = resolve(process.argv[2] ?? process.env.MICROPATH_CONTENT ?? 'content');
const { problems } = checkContent(readContentDir(dir));
console.log(formatReport(problems, { github: process.env.GITHUB_ACTIONS === 'true' }));
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
