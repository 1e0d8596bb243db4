import { describeCopies } from './describe-copies';
import { formatCount, formatCounted, formatNumber } from './format-count';
import type { Insights } from './insights';

/** How a column's cells read: text, whole counts, whole percentages (0–100) or decimals. */
export type ColumnKind = 'text' | 'count' | 'percent' | 'number';

/** One column of a table. */
export interface InsightsColumn {
  header: string;
  kind: ColumnKind;
}

/** A cell: a string, a number of the column's kind, or '' when there is nothing to show. */
export type InsightsCell = string | number;

/** One table of the insights: the page's data table, its CSV download and a section of the Markdown. */
export interface InsightsTable {
  /** Stable id, e.g. `competencies` (also the CSV file's name). */
  id: string;
  caption: string;
  columns: InsightsColumn[];
  rows: InsightsCell[][];
}

const text = (header: string): InsightsColumn => ({ header, kind: 'text' });
const count = (header: string): InsightsColumn => ({ header, kind: 'count' });
const percent = (header: string): InsightsColumn => ({ header, kind: 'percent' });
const number = (header: string): InsightsColumn => ({ header, kind: 'number' });
/** A share 0–1 as a whole percentage, or '' for none. */
const pct = (share: number | null): InsightsCell => (share === null ? '' : Math.round(share * 100));
const decimal = (value: number | null): InsightsCell => (value === null ? '' : Math.round(value * 100) / 100);

/** Every table of the insights, in the order the page and the report show them. */
export function buildInsightsTables(insights: Insights): InsightsTable[] {
  const { files, credits } = insights;
  const titled = (title: string, code?: string) => (code ? `${code} ${title}` : title);
  const commentRows = insights.lessons.flatMap((lesson) => lesson.comments.map((comment) => [lesson.title, comment.useful ? 'Useful' : 'Not useful', comment.at.slice(0, 10), comment.text]));
  return [
    {
      id: 'summary',
      caption: 'Files and members',
      columns: [text('Figure'), number('Value')],
      rows: [
        ['Files given', files.given],
        ...(files.copies > 0 ? [['Copies of files already read (counted once)', files.copies] as InsightsCell[]] : []),
        ['Files accepted', files.accepted],
        ['Files refused', files.refused.length],
        ['Earlier exports of the same learner (not counted)', files.duplicates],
        ['Members (distinct learners)', insights.members],
        ['CE credits earned', credits.total],
        ['CE credits per member (mean)', decimal(credits.meanPerMember)],
      ],
    },
    {
      id: 'refused',
      caption: 'Files refused',
      columns: [text('File'), text('Reason'), text('Message')],
      rows: files.refused.map((file) => [file.name, file.code, file.message]),
    },
    {
      id: 'competencies',
      caption: 'Mastery per competency',
      columns: [text('Competency'), text('Level'), count('Started'), percent('Started (%)'), count('Practised'), percent('Practised (%)'), count('Mastered'), percent('Mastered (%)'), count('Took the check'), percent('Median best check score (%)'), count('Tested out')],
      rows: insights.competencies.map((c) => [titled(c.title, c.code), c.area ? 'Area' : c.leaf ? 'Competency' : 'Group', c.started, pct(c.startedRate), c.practised, pct(c.practisedRate), c.mastered, pct(c.masteredRate), c.checkTakers, pct(c.medianBestScore), c.testedOut]),
    },
    {
      id: 'hardest',
      caption: `The ${insights.hardest.length === 1 ? 'hardest question' : `${insights.hardest.length} hardest questions`} (lowest share right on the first attempt)`,
      columns: [count('Rank'), text('Question'), text('Lesson or check'), count('Answered'), percent('Right first time (%)'), text('Most chosen wrong answer')],
      rows: insights.hardest.map((q, index) => [index + 1, q.prompt, q.quizTitle, q.answered, pct(q.correctFirstRate), q.commonWrong?.answer ?? '']),
    },
    {
      id: 'questions',
      caption: 'Item analysis: every question',
      columns: [text('Lesson or check'), text('Question'), text('Type'), count('Answered'), count('Right first time'), percent('Right first time (%)'), text('Most chosen wrong answer'), count('Chosen by')],
      rows: insights.questions.map((q) => [q.quizTitle, q.prompt, q.type, q.answered, q.correctFirst, pct(q.correctFirstRate), q.commonWrong?.answer ?? '', q.commonWrong?.count ?? '']),
    },
    {
      id: 'confidence',
      caption: 'Confidence before and after (1–5)',
      columns: [text('Competency'), count('Rated before'), number('Mean before'), count('Rated after'), number('Mean after'), count('Rated both'), number('Mean change'), count('Rose')],
      rows: insights.confidence.map((c) => [c.title, c.withBefore, decimal(c.meanBefore), c.withAfter, decimal(c.meanAfter), c.withBoth, decimal(c.meanChange), c.rose]),
    },
    {
      id: 'lessons',
      caption: 'Lesson usefulness',
      columns: [text('Lesson'), count('Ratings'), count('Useful'), count('Not useful'), percent('Useful (%)'), count('Comments')],
      rows: insights.lessons.map((l) => [l.title, l.ratings, l.useful, l.notUseful, pct(l.usefulShare), l.comments.length]),
    },
    {
      id: 'comments',
      caption: 'Comments on lessons (newest first per lesson)',
      columns: [text('Lesson'), text('Rating'), text('Date'), text('Comment')],
      rows: commentRows,
    },
    {
      id: 'certifications',
      caption: 'Certifications and CE credits',
      columns: [text('Certification'), count('Earned by'), percent('Earned (%)'), number('CE credits each'), number('CE credits earned')],
      rows: credits.certifications.map((c) => [c.title, c.earned, pct(c.earnedRate), c.ceCredits, c.creditsEarned]),
    },
    {
      id: 'months',
      caption: 'Mastery over time (UTC months)',
      columns: [text('Month'), count('Competencies mastered'), count('Members’ first mastery')],
      rows: insights.months.map((m) => [m.month, m.mastered, m.firstMasteries]),
    },
  ];
}

/** What a figure with no data shows as, on the page (beside a hidden "no data") and in the report. */
export const NO_DATA = '–';

/** A cell as people read it: "1,200", "67 %", "1,234.5"; '' stays empty (the caller shows NO_DATA). */
export function formatInsightsCell(kind: ColumnKind, cell: InsightsCell): string {
  if (cell === '' || typeof cell === 'string') return cell;
  if (kind === 'count') return formatCount(cell);
  if (kind === 'percent') return `${cell} %`;
  return formatNumber(cell);
}

/**
 * The table as CSV (RFC 4180): a header line, CRLF line ends, fields with a comma, quote or line
 * break quoted. A text cell starting with = + - @ (or a tab or carriage return) gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it as a formula; numbers stay numbers.
 * It starts with a byte-order mark: without one, Excel on Windows reads UTF-8 as a legacy code page
 * and garbles "–", "’" and accented names.
 */
export function formatCsv(table: InsightsTable): string {
  const field = (cell: InsightsCell) => {
    const value = typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return `\uFEFF${[table.columns.map((column) => field(column.header)), ...table.rows.map((row) => row.map(field))].map((line) => `${line.join(',')}\r\n`).join('')}`;
}

/**
 * The report `npm run insights` writes: the headline, what was read, then every table as a
 * Markdown table (an empty one says so). In cells, pipes, line breaks, `&`, `<` and brackets are
 * escaped, so a message naming `micropath-<site>-<date>.json` is not read as an HTML tag and a
 * member's comment cannot become a disguised link or an image.
 */
export function formatInsightsMarkdown(insights: Insights, tables: readonly InsightsTable[]): string {
  const cell = (value: string) => value.replace(/\\/g, '\\\\').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/[[\]]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
  const sections = tables.map((table) => {
    if (table.rows.length === 0) return `## ${table.caption}\n\nNone.`;
    const align = table.columns.map((column) => (column.kind === 'text' ? '---' : '---:'));
    const lines = [table.columns.map((column) => cell(column.header)), align, ...table.rows.map((row) => row.map((value, index) => (value === '' ? NO_DATA : cell(formatInsightsCell(table.columns[index]!.kind, value)))))];
    return `## ${table.caption}\n\n${lines.map((line) => `| ${line.join(' | ')} |`).join('\n')}`;
  });
  return [`# Insights: ${insights.site.title}`, insights.headline, describeFiles(insights), ...sections].join('\n\n') + '\n';
}

/**
 * "Read 5,000 files: 4,880 accepted, 100 refused, 20 copies of files already read (counted once),
 * 240 earlier exports of the same learner not counted; 4,640 members. Made 2026-12-01 12:00 UTC."
 * The files read are the summary's "Files given": accepted, refused and copies add up to them.
 */
export function describeFiles(insights: Insights): string {
  const { files } = insights;
  const parts = [`${formatCount(files.accepted)} accepted`, `${formatCount(files.refused.length)} refused`];
  if (files.copies) parts.push(`${describeCopies(files.copies)} (counted once)`);
  if (files.duplicates) parts.push(`${formatCount(files.duplicates)} earlier ${files.duplicates === 1 ? 'export' : 'exports'} of the same learner not counted`);
  const when = insights.generatedAt.slice(0, 16).replace('T', ' ');
  return `Read ${formatCounted(files.given, 'file')}: ${parts.join(', ')}; ${formatCounted(insights.members, 'member')}. Made ${when} UTC.`;
}
