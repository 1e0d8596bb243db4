import type { CoverageFlag, CoverageReport } from './coverage-report';
import type { CoverageBar } from './coverage-chart';
import { labelFlag, nameCompetency } from './format-coverage';

const TIME_FLAGS: readonly CoverageFlag[] = ['no-content', 'under-served', 'over-served'];

/** The chart's bars: every competency without sub-competencies, in framework order. */
export function buildCoverageBars(report: CoverageReport): CoverageBar[] {
  return report.competencies
    .filter((entry) => entry.leaf)
    .map((entry) => ({
      label: nameCompetency(entry),
      shortLabel: entry.code ?? entry.title,
      minutes: entry.minutes,
      flagText: entry.flags.map(labelFlag).join(', '),
      emphasis: entry.flags.some((flag) => TIME_FLAGS.includes(flag)),
    }));
}
