import type { Problem } from './problem';

/** How a report is printed: for people, or as GitHub Actions annotations as well. */
export interface ReportOptions {
  /** Also print `::error file=…::` lines for GitHub Actions. */
  github?: boolean;
}

/** Groups problems by file, errors first, and ends with a count and one instruction. */
export function formatReport(problems: readonly Problem[], options: ReportOptions = {}): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return 'Content check passed: no problems found.';
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    lines.push(file);
    const sorted = byFile.get(file)!.slice().sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const problem of sorted) {
      const mark = problem.severity === 'error' ? '✖ error' : '▲ warning';
      const where = [problem.field, problem.line ? `line ${problem.line}` : undefined].filter(Boolean).join(', ');
      lines.push(`  ${mark}${where ? ` ${where}` : ''}: ${problem.message}${problem.fix ? ` ${problem.fix}` : ''} [${problem.rule}]`);
    }
    lines.push('');
  }
  const count = `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(byFile.size, 'file')}.`;
  lines.push(errors > 0 ? `${count} Fix the errors above, then run npm run check again.` : `${count} Warnings do not stop the build.`);
  if (options.github) lines.push(...problems.map(formatAnnotation));
  return lines.join('\n');
}

/** A GitHub Actions workflow command that puts the problem on the file in the pull request. */
export function formatAnnotation(problem: Problem): string {
  const props = [`file=${problem.file}`, problem.line ? `line=${problem.line}` : '', `title=${problem.rule}`].filter(Boolean).join(',');
  const text = `${problem.field ? `${problem.field}: ` : ''}${problem.message}${problem.fix ? ` ${problem.fix}` : ''}`;
  return `::${problem.severity} ${props}::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
