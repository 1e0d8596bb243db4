import type { InsightsBar, InsightsChart } from '../charts/insights-chart-config';
import type { Insights } from '../insights/insights';
import { formatPercent } from '../quiz/describe-score';
import { shortenText } from '../standards/shorten-text';

/** The sections of the insights page that have a chart, by the id of their table. */
export type InsightsCharts = Partial<Record<'competencies' | 'hardest' | 'confidence' | 'months', InsightsChart>>;

/** Shortest name for a narrow chart: the code, else the title cut to this many characters. */
const SHORT_CHARACTERS = 18;
/** Largest possible change of a 1–5 confidence rating: the confidence chart's fixed ends. */
const MAX_CHANGE = 4;

const TABLE_BELOW = 'The table below gives the same figures.';

/** "1.2 Time-based media" and "1.2"; a title alone, shortened, when there is no code. */
function nameBars(title: string, code?: string): Pick<InsightsBar, 'label' | 'shortLabel'> {
  return { label: code ? `${code} ${title}` : title, shortLabel: code ?? shortenText(title, SHORT_CHARACTERS) };
}

/** "+1.2", "−0.5", "0": a mean change of a rating, signed, one decimal. */
export function formatChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}`;
}

/**
 * The charts of the insights page: share of members who mastered each competency (leaves), the
 * hardest questions' first-attempt rate, the mean change of confidence where members rated both
 * before and after, and competencies mastered per month. A section with nothing to draw gets no
 * chart (its table says why), so no chart of zeros is drawn.
 */
export function buildInsightsCharts(insights: Insights): InsightsCharts {
  const charts: InsightsCharts = {};
  if (insights.members === 0) return charts;
  const leaves = insights.competencies.filter((competency) => competency.leaf);
  charts.competencies = {
    axisTitle: 'Members who mastered it (%)',
    description: `Bar chart of the share of the ${insights.members} members who mastered each of ${leaves.length} competencies. ${TABLE_BELOW}`,
    min: 0,
    max: 100,
    unit: ' %',
    bars: leaves.map((competency) => ({
      ...nameBars(competency.title, competency.code),
      value: Math.round(competency.masteredRate * 100),
      valueText: `${formatPercent(competency.masteredRate)} (${competency.mastered} of ${insights.members})`,
    })),
  };
  if (insights.hardest.length > 0) {
    charts.hardest = {
      axisTitle: 'Right at the first attempt (%)',
      description: `Bar chart of the ${insights.hardest.length} questions fewest members got right at their first attempt, hardest first. ${TABLE_BELOW}`,
      min: 0,
      max: 100,
      unit: ' %',
      bars: insights.hardest.map((question, index) => ({
        label: question.prompt,
        shortLabel: `${index + 1}. ${shortenText(question.prompt, SHORT_CHARACTERS)}`,
        value: Math.round((question.correctFirstRate ?? 0) * 100),
        valueText: `${formatPercent(question.correctFirstRate ?? 0)} (${question.correctFirst} of ${question.answered})`,
      })),
    };
  }
  const rated = insights.confidence.filter((entry) => entry.withBoth > 0 && entry.meanChange !== null);
  if (rated.length > 0) {
    const competencies = new Map(insights.competencies.map((competency) => [competency.id, competency]));
    charts.confidence = {
      axisTitle: 'Mean change of confidence (after − before, 1–5 scale)',
      description: `Bar chart of the mean change of members' confidence, after the lessons against before, for ${rated.length} competencies. ${TABLE_BELOW}`,
      min: -MAX_CHANGE,
      max: MAX_CHANGE,
      unit: '',
      bars: rated.map((entry) => ({
        ...nameBars(entry.title, competencies.get(entry.id)?.code),
        value: entry.meanChange!,
        valueText: `${formatChange(entry.meanChange!)}, ${entry.rose} of ${entry.withBoth} rose`,
      })),
    };
  }
  if (insights.months.length > 0) {
    charts.months = {
      axisTitle: 'Competencies mastered',
      description: `Bar chart of the competencies members mastered in each month from ${insights.months[0]!.month} to ${insights.months.at(-1)!.month}. ${TABLE_BELOW}`,
      unit: '',
      bars: insights.months.map((month) => ({
        label: month.month,
        shortLabel: month.month,
        value: month.mastered,
        valueText: `${month.mastered} mastered, ${month.firstMasteries} first ${month.firstMasteries === 1 ? 'mastery' : 'masteries'}`,
      })),
    };
  }
  return charts;
}
