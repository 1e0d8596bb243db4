import { describe, expect, it } from 'vitest';
import { aggregateExports } from '../../../../src/lib/insights/aggregate-exports';
import { buildInsightsTables, describeFiles, formatCsv, formatInsightsCell, formatInsightsMarkdown, type InsightsTable } from '../../../../src/lib/insights/insights-tables';
import { alice, exportOf, fixtureModel, NOW, threeMembers } from './insights-fixtures';

const insights = aggregateExports(fixtureModel(), threeMembers(), { now: NOW });
const tables = buildInsightsTables(insights);
const table = (id: string) => tables.find((candidate) => candidate.id === id)!;
const oneColumn = (...cells: (string | number)[]): InsightsTable => ({ id: 't', caption: 'T', columns: [{ header: 'Value', kind: 'text' }], rows: cells.map((cell) => [cell]) });

describe('buildInsightsTables', () => {
  it('gives every section a table with unique ids and one cell per column in every row', () => {
    expect(tables.map((candidate) => candidate.id)).toEqual(['summary', 'refused', 'competencies', 'hardest', 'questions', 'confidence', 'lessons', 'comments', 'certifications', 'months']);
    for (const candidate of tables) for (const row of candidate.rows) expect(row).toHaveLength(candidate.columns.length);
  });

  it('writes rates as whole percentages and leaves missing figures empty', () => {
    const skillB = table('competencies').rows.find((row) => row[0] === '1.2 Skill B')!;
    // Started 1 of 3 members; no check, so no median.
    expect(skillB.slice(1, 4)).toEqual(['Competency', 1, 33]);
    expect(skillB[9]).toBe('');
  });

  it('sums up the files: every file given, the copies on a row of their own only when there are some', () => {
    expect(table('summary').rows.slice(0, 3)).toEqual([['Files given', 3], ['Files accepted', 3], ['Files refused', 0]]);
    const again = buildInsightsTables(aggregateExports(fixtureModel(), [...threeMembers(), ...threeMembers().slice(0, 2)], { now: NOW }));
    expect(again.find((candidate) => candidate.id === 'summary')!.rows.slice(0, 4)).toEqual([['Files given', 5], ['Copies of files already read (counted once)', 2], ['Files accepted', 3], ['Files refused', 0]]);
  });

  it('lists each comment with its lesson, rating and day', () => {
    expect(table('comments').rows).toEqual([
      ['Lesson one', 'Not useful', '2026-02-03', 'Too short'],
      ['Lesson one', 'Useful', '2026-01-10', 'Great start'],
    ]);
  });
});

describe('formatCsv', () => {
  it('writes a header line and CRLF line ends', () => {
    expect(formatCsv(table('months'))).toBe('\uFEFFMonth,Competencies mastered,Members’ first mastery\r\n2026-01,1,1\r\n2026-02,0,0\r\n2026-03,2,1\r\n');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling quotes', () => {
    expect(formatCsv(oneColumn('a,b', 'say "hi"', 'two\nlines', 'plain'))).toBe('\uFEFFValue\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\nplain\r\n');
  });

  it('keeps a spreadsheet from running text cells as formulas, but leaves numbers alone', () => {
    expect(formatCsv(oneColumn('=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', -0.5))).toBe(`\uFEFFValue\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'-2+3\r\n'@SUM(A1)\r\n'\tx\r\n-0.5\r\n`);
  });
});

describe('formatInsightsMarkdown', () => {
  const markdown = formatInsightsMarkdown(insights, tables);

  it('starts with the site, the headline and what was read', () => {
    expect(markdown.split('\n\n').slice(0, 3)).toEqual([
      '# Insights: Fixture portal',
      insights.headline,
      'Read 3 files: 3 accepted, 0 refused; 3 members. Made 2026-04-02 00:00 UTC.',
    ]);
  });

  it('writes each table with formatted cells, and says when one is empty', () => {
    expect(markdown).toContain('## Mastery over time (UTC months)\n\n| Month | Competencies mastered | Members’ first mastery |\n| --- | ---: | ---: |\n| 2026-01 | 1 | 1 |');
    expect(markdown).toContain('## Files refused\n\nNone.');
    expect(markdown).toContain('| Lesson one | 2 | 1 | 1 | 50 % | 2 |');
  });

  it('writes a dash for a figure with no data, as the page does', () => {
    const skillB = markdown.split('\n').find((line) => line.startsWith('| 1.2 Skill B |'))!;
    expect(skillB.split(' | ')[9]).toBe('–');
  });

  it('keeps a member’s comment from turning into a link or an image in the report', () => {
    expect(formatInsightsMarkdown(insights, [oneColumn('[Claim your credits](https://example.com/x) ![x](y.png)')])).toContain('| \\[Claim your credits\\](https://example.com/x) !\\[x\\](y.png) |');
  });

  it('escapes pipes, line breaks and HTML inside cells', () => {
    expect(formatInsightsMarkdown(insights, [oneColumn('a | b\nc', 'named like micropath-<site>.json & co')])).toContain('| a \\| b c |\n| named like micropath-&lt;site>.json &amp; co |');
  });
});

describe('formatInsightsCell', () => {
  it('groups thousands in counts and adds the percent sign', () => {
    expect([formatInsightsCell('count', 1200), formatInsightsCell('percent', 85), formatInsightsCell('number', 0.45), formatInsightsCell('percent', '')]).toEqual(['1,200', '85 %', '0.45', '']);
  });
});

describe('formatInsightsCell (decimals)', () => {
  it('groups thousands in decimal figures too, as in the other tables', () => {
    expect([formatInsightsCell('number', 4762), formatInsightsCell('number', 1234.5), formatInsightsCell('number', -12345.25), formatInsightsCell('number', 999)]).toEqual(['4,762', '1,234.5', '-12,345.25', '999']);
  });
});

describe('describeFiles', () => {
  it('counts earlier exports of the same learner apart', () => {
    const files = [...threeMembers(), exportOf(alice('2026-01-06'), '2026-01-07T00:00:00.000Z', 'alice-early.json'), { name: 'x.json', bytes: new Uint8Array(0) }];
    expect(describeFiles(aggregateExports(fixtureModel(), files, { now: NOW }))).toBe('Read 5 files: 4 accepted, 1 refused, 1 earlier export of the same learner not counted; 3 members. Made 2026-04-02 00:00 UTC.');
  });

  it('counts copies of files already read apart, so accepted, refused and copies add up to the files read', () => {
    const files = [...threeMembers(), { name: 'x.json', bytes: new Uint8Array(0) }, { ...threeMembers()[0]!, name: 'again/alice.json' }];
    expect(describeFiles(aggregateExports(fixtureModel(), files, { now: NOW }))).toBe('Read 5 files: 3 accepted, 1 refused, 1 copy of a file already read (counted once); 3 members. Made 2026-04-02 00:00 UTC.');
    const twice = [...threeMembers(), ...threeMembers()];
    expect(describeFiles(aggregateExports(fixtureModel(), twice, { now: NOW }))).toBe('Read 6 files: 3 accepted, 0 refused, 3 copies of files already read (counted once); 3 members. Made 2026-04-02 00:00 UTC.');
  });
});
