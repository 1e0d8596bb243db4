import type { CompetencyCoverage, CoverageFlag, CoverageReport } from './coverage-report';
import { COVERAGE_FLAGS } from './coverage-report';

/** A flag in a few words, for table cells and chart labels. */
export function labelFlag(flag: CoverageFlag): string {
  return FLAG_LABELS[flag];
}

const FLAG_LABELS: Record<CoverageFlag, string> = {
  'no-content': 'no content',
  'no-check': 'no check',
  'too-few-questions': 'too few questions',
  'over-served': 'over-served',
  'under-served': 'under-served',
};

/** What a flag means and what to do about it, with the report's thresholds filled in. */
export function explainFlag(
  flag: CoverageFlag,
  report: Pick<CoverageReport, 'thresholds' | 'medianMinutes'>,
): string {
  const { thresholds, medianMinutes } = report;
  switch (flag) {
    case 'no-content':
      return 'No published lesson builds it yet. Write a lesson for it, or map an existing lesson to it.';
    case 'no-check':
      return 'It has no competency check, so practised counts as mastered: completing its lessons is enough. Add content/assessments/<id>.yaml to test mastery and offer a test-out.';
    case 'too-few-questions':
      return `Fewer than ${thresholds.minQuestions} questions across its lesson quizzes and its check pool: too little evidence of mastery. Add quiz questions or a larger check pool.`;
    case 'under-served':
      return `Its lessons take less than ${thresholds.underServed} × the median (${minutes(medianMinutes)}) of the competencies with content. Consider another lesson.`;
    case 'over-served':
      return `Its lessons take more than ${thresholds.overServed} × the median (${minutes(medianMinutes)}) of the competencies with content. Check whether some lessons belong to another competency or could be shorter.`;
  }
}

/** "1.4 Distinguishable", or the title alone when there is no code. */
export function nameCompetency(entry: Pick<CompetencyCoverage, 'code' | 'title'>): string {
  return entry.code ? `${entry.code} ${entry.title}` : entry.title;
}

/** The coverage report as Markdown: totals, the least-covered competencies, flags, then a table of every competency. */
export function formatCoverageMarkdown(report: CoverageReport): string {
  const byId = new Map(report.competencies.map((entry) => [entry.id, entry]));
  const { totals } = report;
  const lines = [
    `# Coverage of ${report.site.title}`,
    '',
    `${plural(totals.competencies, 'competency', 'competencies')} in ${plural(totals.areas, 'area')}, ${plural(totals.lessons, 'published lesson')} (${minutes(totals.minutes)}), ${plural(totals.questions, 'quiz and check question')}; ${totals.leaves - totals.flagged['no-check']} of the ${plural(totals.leaves, 'competency', 'competencies')} without sub-competencies have a competency check. Median time per competency: ${minutes(report.medianMinutes)}.`,
    '',
    '## Least covered',
    '',
    ...report.leastCovered.map((id, index) => {
      const entry = byId.get(id)!;
      return `${index + 1}. **${escape(nameCompetency(entry))}** (\`${id}\`): ${summarise(entry)}${entry.flags.length ? `. Flags: ${entry.flags.map(labelFlag).join(', ')}` : ''}`;
    }),
    '',
    '## Flags',
    '',
  ];
  for (const flag of COVERAGE_FLAGS) {
    const flagged = report.competencies.filter((entry) => entry.leaf && entry.flags.includes(flag));
    lines.push(
      `- **${capitalise(labelFlag(flag))}** (${flagged.length}): ${flagged.length ? flagged.map((entry) => escape(nameCompetency(entry))).join(', ') : 'none'}. ${explainFlag(flag, report)}`,
    );
  }
  lines.push(
    '',
    '## Every competency',
    '',
    'Areas and other parents add up the content of the competencies below them; flags are judged on the competencies without sub-competencies. A lesson counts toward every competency it lists.',
    '',
    '| Competency | Lessons | Minutes | Share | × median | Questions (quiz + check) | Levels | Check | Flags |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...report.competencies.map((entry) => {
      const name = `${'  '.repeat(entry.depth).replace(/ /g, '&nbsp;')}${entry.leaf ? '' : '**'}${escape(nameCompetency(entry))}${entry.leaf ? '' : '**'}`;
      const cells = [
        name,
        String(entry.lessons.length),
        String(entry.minutes),
        `${Math.round(entry.share * 100)} %`,
        entry.ofMedian === undefined ? '' : String(entry.ofMedian),
        `${entry.questions.total} (${entry.questions.lessons} + ${entry.questions.check})`,
        entry.levels.join(', ') || '–',
        entry.leaf
          ? entry.hasCheck
            ? `yes, draws ${entry.checkDraw}`
            : 'no'
          : entry.hasCheck
            ? 'yes'
            : '–',
        entry.flags.map(labelFlag).join(', '),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
    '',
  );
  return lines.join('\n');
}

/** "2 lessons, 12 min, 8 questions, no check". */
export function summarise(entry: CompetencyCoverage): string {
  return [
    plural(entry.lessons.length, 'lesson'),
    minutes(entry.minutes),
    plural(entry.questions.total, 'question'),
    entry.hasCheck ? 'a competency check' : 'no check',
  ].join(', ');
}

function minutes(value: number): string {
  return `${value} min`;
}

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Keeps titles from breaking table cells or turning into Markdown. */
function escape(text: string): string {
  return text.replace(/[\\|*_`[\]<>]/g, (char) => `\\${char}`);
}
