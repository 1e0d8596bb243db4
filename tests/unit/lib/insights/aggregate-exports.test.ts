import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateExports, createAggregator } from '../../../../src/lib/insights/aggregate-exports';
import { generateExports } from '../../../../src/lib/insights/generate-exports';
import type { LearnerRecord } from '../../../../src/lib/record/learner-record';
import { buildShareExport } from '../../../../src/lib/record/share-record';
import { createRandom } from '../../../../src/lib/bench/random';
import { alice, bob, carol, exportOf, fixtureModel, NOW, threeMembers } from './insights-fixtures';

const model = fixtureModel();
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../fixtures/records/${name}`, import.meta.url))) });
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((item) => item.id === id)!;

describe('aggregateExports over three hand-built members', () => {
  const insights = aggregateExports(model, threeMembers(), { now: NOW });

  it('counts every file and member once', () => {
    expect(insights.files).toEqual({ given: 3, copies: 0, accepted: 3, refused: [], duplicates: 0, migrated: 0, warnings: [] });
    expect(insights.members).toBe(3);
    expect(insights.generatedAt).toBe(NOW);
  });

  it('counts started, practised and mastered per competency, with rates over members', () => {
    expect(insights.competencies.map((competency) => competency.id)).toEqual(['area-one', 'skill-a', 'skill-b']);
    expect(byId(insights.competencies, 'skill-a')).toMatchObject({ leaf: true, area: false, started: 3, practised: 3, mastered: 2, masteredRate: 2 / 3, testedOut: 1 });
    expect(byId(insights.competencies, 'skill-b')).toMatchObject({ started: 1, startedRate: 1 / 3, practised: 1, mastered: 1, checkTakers: 0, medianBestScore: null, testedOut: 0 });
    expect(byId(insights.competencies, 'area-one')).toMatchObject({ leaf: false, area: true, started: 3, mastered: 1 });
  });

  it('takes the median of the best check scores of the members who took the check', () => {
    // Best scores 1 (Alice), 0 (Bob), 1 (Carol).
    expect(byId(insights.competencies, 'skill-a')).toMatchObject({ checkTakers: 3, medianBestScore: 1 });
  });

  it('grades each member’s first attempt that contained a question, not a later one', () => {
    const qOne = insights.questions.find((question) => question.questionId === 'q-one')!;
    // Alice was wrong first and right later; Bob right first.
    expect(qOne).toMatchObject({ quizId: 'lesson:lesson-one', quizTitle: 'Lesson one', answered: 2, correctFirst: 1, correctFirstRate: 0.5, commonWrong: { answer: 'Two', count: 1 } });
    const cOne = insights.questions.find((question) => question.questionId === 'c-one')!;
    expect(cOne).toMatchObject({ kind: 'check', quizTitle: 'Skill A check', answered: 3, correctFirst: 2, commonWrong: { answer: 'False', count: 1 } });
  });

  it('lists the hardest questions first, lowest first-attempt rate first', () => {
    expect(insights.hardest.map((question) => question.questionId)).toEqual(['q-one', 'c-one']);
  });

  it('compares each member’s latest confidence before and after', () => {
    expect(byId(insights.confidence, 'skill-a')).toEqual({ id: 'skill-a', title: 'Skill A', withBefore: 3, withAfter: 2, meanBefore: 3, meanAfter: 3.5, withBoth: 2, meanChange: 1, rose: 1 });
    expect(byId(insights.confidence, 'skill-b')).toMatchObject({ withBefore: 0, meanBefore: null, meanChange: null, rose: 0 });
  });

  it('counts usefulness per lesson with the comments newest first', () => {
    const lessonOne = insights.lessons.find((lesson) => lesson.slug === 'lesson-one')!;
    expect(lessonOne).toMatchObject({ ratings: 2, useful: 1, notUseful: 1, usefulShare: 0.5 });
    expect(lessonOne.comments.map((comment) => comment.text)).toEqual(['Too short', 'Great start']);
    expect(insights.lessons.find((lesson) => lesson.slug === 'lesson-three')).toMatchObject({ ratings: 0, usefulShare: null, comments: [] });
  });

  it('sums CE credits of completed lessons and earned certifications', () => {
    // Alice: lesson-one 0.1 + the certificate 1; Bob: lesson-one 0.1; Carol: none.
    expect(insights.credits).toEqual({
      total: 1.2,
      meanPerMember: 0.4,
      certifications: [{ id: 'cert', title: 'Fixture certificate', earned: 1, earnedRate: 1 / 3, ceCredits: 1, creditsEarned: 1 }],
    });
  });

  it('counts masteries per UTC month with no gap between the first and last month', () => {
    expect(insights.months).toEqual([
      { month: '2026-01', mastered: 1, firstMasteries: 1 },
      { month: '2026-02', mastered: 0, firstMasteries: 0 },
      { month: '2026-03', mastered: 2, firstMasteries: 1 },
    ]);
  });

  it('sums it up in one sentence about the certification', () => {
    expect(insights.headline).toBe('In this data, 33 % of 3 members mastered every competency of the Fixture certificate.');
  });
});

describe('aggregateExports: duplicates', () => {
  const earlier = exportOf(alice('2026-01-06'), '2026-01-07T00:00:00.000Z', 'alice-early.json');
  const later = exportOf(alice(), '2026-04-01T00:00:00.000Z', 'alice-late.json');
  const latestOnly = aggregateExports(model, [later], { now: NOW });

  it('counts a learner once, from the latest export, when it arrives last', () => {
    const aggregator = createAggregator(model, { now: NOW });
    expect(aggregator.add(earlier)).toMatchObject({ ok: true, learnerId: 'alice', exportedAt: '2026-01-07T00:00:00.000Z', duplicate: false, replaced: false });
    expect(aggregator.add(later)).toMatchObject({ ok: true, learnerId: 'alice', duplicate: true, replaced: true });
    const insights = aggregator.result();
    expect(insights.files).toMatchObject({ given: 2, copies: 0, accepted: 2, duplicates: 1 });
    expect({ ...insights, files: undefined }).toEqual({ ...latestOnly, files: undefined });
  });

  it('counts a learner once, from the latest export, when it arrives first', () => {
    const aggregator = createAggregator(model, { now: NOW });
    aggregator.add(later);
    expect(aggregator.add(earlier)).toMatchObject({ ok: true, duplicate: true, replaced: false });
    expect({ ...aggregator.result(), files: undefined }).toEqual({ ...latestOnly, files: undefined });
  });

  it('counts a learner once when both their export and their share (under a pseudonym) are in the data, in either order', () => {
    const share = (record: LearnerRecord, exportedAt: string) => {
      const file = buildShareExport(record, { siteId: 'fixture-portal', siteUrl: 'https://example.org/fixture/', contentVersion: 'test', now: exportedAt }, { omitComments: true, replaceLearnerId: true });
      expect(file.record.learnerId).not.toBe(record.learnerId);
      return { name: `share-${exportedAt.slice(0, 10)}.json`, bytes: new TextEncoder().encode(JSON.stringify(file)) };
    };
    const laterShare = share(alice(), '2026-05-01T00:00:00.000Z');
    for (const inputs of [[earlier, laterShare], [laterShare, earlier]]) {
      const insights = aggregateExports(model, [...inputs, exportOf(bob(), '2026-04-01T00:00:00.000Z')], { now: NOW });
      expect(insights.members).toBe(2);
      expect(insights.files).toMatchObject({ accepted: 3, duplicates: 1 });
    }
    // The latest of the two counts: Alice's share holds everything up to December, her early export only January.
    const fromShare = aggregateExports(model, [laterShare], { now: NOW });
    expect({ ...aggregateExports(model, [earlier, laterShare], { now: NOW }), files: undefined }).toEqual({ ...fromShare, files: undefined });
  });

  it('breaks a tie between two exports of one learner made at the same instant the same way in either order', () => {
    const one = exportOf(alice('2026-01-06'), '2026-04-01T00:00:00.000Z', 'one.json');
    const two = exportOf(alice(), '2026-04-01T00:00:00.000Z', 'two.json');
    const forwards = aggregateExports(model, [one, two], { now: NOW });
    expect(aggregateExports(model, [two, one], { now: NOW })).toEqual(forwards);
    expect(forwards.files).toMatchObject({ accepted: 2, duplicates: 1 });
  });
});

describe('aggregateExports: copies of a file already read', () => {
  const earlier = exportOf(alice('2026-01-06'), '2026-01-07T00:00:00.000Z', 'alice-early.json');
  const later = exportOf(alice(), '2026-04-01T00:00:00.000Z', 'alice-late.json');
  const bobs = exportOf(bob(), '2026-04-01T00:00:00.000Z', 'bob.json');

  it('reads a file given again once: the figures are those of one reading, with the copies counted apart', () => {
    const broken = { name: 'broken.json', bytes: new TextEncoder().encode('{ not json') };
    const files = [earlier, later, bobs, broken];
    const aggregator = createAggregator(model, { now: NOW });
    for (const file of files) aggregator.add(file);
    // The same folder chosen again, as the page suggests after a Cancel.
    expect(aggregator.add(later)).toEqual({ ok: false, name: 'alice-late.json', code: 'copy', copyOf: 'alice-late.json', message: 'alice-late.json was already read: it counts once.' });
    for (const file of files) aggregator.add(file);
    const once = aggregateExports(model, files, { now: NOW });
    expect(aggregator.result()).toEqual({ ...once, files: { ...once.files, given: 9, copies: 5 } });
    expect(once.files).toMatchObject({ given: 4, copies: 0, accepted: 3, duplicates: 1 });
    expect(once.files.refused).toHaveLength(1);
  });

  it('knows a copy by its contents alone: under another name or in another folder it is read once', () => {
    const aggregator = createAggregator(model, { now: NOW });
    aggregator.add({ ...later, name: 'a/export.json' });
    expect(aggregator.add({ ...later, name: 'b/alice.json' })).toMatchObject({ ok: false, code: 'copy', copyOf: 'a/export.json', message: 'b/alice.json has the same contents as a/export.json, already read: it counts once.' });
    expect(aggregator.result().files).toMatchObject({ given: 2, copies: 1, accepted: 1, duplicates: 0 });
  });

  it('reads two different files with the same name, as a folder (a/export.json, b/export.json) or the file picker (export.json twice) gives them', () => {
    const asFolder = aggregateExports(model, [{ ...later, name: 'a/export.json' }, { ...bobs, name: 'b/export.json' }, { ...later, name: 'c/export.json' }], { now: NOW });
    const asPicked = aggregateExports(model, [{ ...later, name: 'export.json' }, { ...bobs, name: 'export.json' }, { ...later, name: 'export.json' }], { now: NOW });
    expect(asFolder.members).toBe(2);
    expect(asFolder.files).toMatchObject({ given: 3, copies: 1, accepted: 2, duplicates: 0 });
    expect(asPicked).toEqual(asFolder);
  });

  it('tells apart files of the same size whose bytes differ in one place', () => {
    const text = new TextDecoder().decode(later.bytes);
    const changed = text.replace('"alice"', '"alicf"');
    expect(changed).not.toBe(text);
    const insights = aggregateExports(model, [later, { name: later.name, bytes: new TextEncoder().encode(changed) }], { now: NOW });
    expect(insights.files).toMatchObject({ given: 2, copies: 0, accepted: 2 });
    expect(insights.members).toBe(2);
  });

  it('lists every empty or oversized file as refused: with no bytes read there is nothing to know it by', () => {
    const empty = (name: string) => ({ name, bytes: new Uint8Array(0) });
    const huge = (name: string) => ({ name, bytes: new Uint8Array(0), size: 50 * 2 ** 30 });
    const insights = aggregateExports(model, [empty('a.json'), empty('b.json'), huge('c.json'), huge('d.json')], { now: NOW });
    expect(insights.files).toMatchObject({ given: 4, copies: 0, accepted: 0 });
    expect(insights.files.refused.map((file) => [file.name, file.code])).toEqual([['a.json', 'empty'], ['b.json', 'empty'], ['c.json', 'too-large'], ['d.json', 'too-large']]);
  });

  it('adds up: files given = copies + accepted + refused', () => {
    const broken = { name: 'broken.json', bytes: new TextEncoder().encode('{ not json') };
    const { files } = aggregateExports(model, [earlier, later, bobs, broken, later, { ...broken, name: 'again/broken.json' }, bobs], { now: NOW });
    expect(files).toMatchObject({ given: 7, copies: 3, accepted: 3 });
    expect(files.given).toBe(files.copies + files.accepted + files.refused.length);
  });
});

describe('aggregateExports: files it refuses or warns about', () => {
  it('refuses each kind of bad file with parseImportFile’s code and message, and counts nothing of it', () => {
    const bad = ['invalid/empty.json', 'invalid/not-json.txt', 'invalid/not-micropath.json', 'invalid/newer-version.json', 'invalid/not-utf8.json', 'invalid/utf16.json', 'invalid/wrong-shape.json'].map(fixture);
    // As the CLI and the page give an oversized file: unread, with its size.
    const tooLarge = { name: 'huge.json', bytes: new Uint8Array(0), size: 50 * 2 ** 30 };
    const insights = aggregateExports(model, [...bad, tooLarge, ...threeMembers()], { now: NOW });
    expect(insights.files.refused.map((file) => [file.name, file.code])).toEqual([
      ['huge.json', 'too-large'],
      ['invalid/empty.json', 'empty'],
      ['invalid/newer-version.json', 'newer-version'],
      ['invalid/not-json.txt', 'not-json'],
      ['invalid/not-micropath.json', 'not-micropath'],
      ['invalid/not-utf8.json', 'not-utf8'],
      ['invalid/utf16.json', 'utf16'],
      ['invalid/wrong-shape.json', 'wrong-shape'],
    ]);
    for (const file of insights.files.refused) {
      // Said to staff: what is wrong, and what to ask of the member; nothing meant for the learner.
      expect(file.message).toMatch(/\.$/);
      expect(file.message).not.toMatch(/Choose the file|Reload the page|import an export|import it again/);
    }
    expect(insights.files.refused.find((file) => file.code === 'newer-version')!.message).toMatch(/^This learner record is version \d+, from a newer Micropath than this site, which reads records up to version \d+\. Update this site/);
    expect(insights.files).toMatchObject({ given: 11, copies: 0, accepted: 3 });
    expect(insights.files.refused[0]!.message).toMatch(/^This file is 51200 MB, more than the 5 MB/);
    expect({ ...insights, files: undefined }).toEqual({ ...aggregateExports(model, threeMembers(), { now: NOW }), files: undefined });
  });

  it('tells why a file was refused as it is added', () => {
    const outcome = createAggregator(model, { now: NOW }).add(fixture('invalid/newer-version.json'));
    expect(outcome).toMatchObject({ ok: false, name: 'invalid/newer-version.json', code: 'newer-version' });
    expect(outcome.ok === false && outcome.message).toContain('newer');
  });

  it('counts another site’s export and reports the warning', () => {
    const other = exportOf(carol(), '2026-04-01T00:00:00.000Z', 'carol-elsewhere.json', 'design-academy');
    const aggregator = createAggregator(model, { now: NOW });
    const outcome = aggregator.add(other);
    expect(outcome).toMatchObject({ ok: true, learnerId: 'carol' });
    expect(outcome.ok && outcome.warnings[0]).toContain('"design-academy"');
    const insights = aggregator.result();
    expect(insights.members).toBe(1);
    expect(insights.files.warnings).toEqual([{ name: 'carol-elsewhere.json', message: outcome.ok ? outcome.warnings[0] : '' }]);
  });

  it('migrates an export of an older record version before counting it', () => {
    const insights = aggregateExports(model, [fixture('valid/v0-record.json')], { now: NOW });
    expect(insights.files).toMatchObject({ accepted: 1, migrated: 1 });
    expect(insights.members).toBe(1);
  });
});

describe('aggregateExports: no members', () => {
  it('gives zero counts, null averages and a clear headline for no files at all', () => {
    const insights = aggregateExports(model, [], { now: NOW });
    expect(insights.members).toBe(0);
    expect(insights.files).toEqual({ given: 0, copies: 0, accepted: 0, refused: [], duplicates: 0, migrated: 0, warnings: [] });
    expect(insights.competencies.every((competency) => competency.started === 0 && competency.startedRate === 0 && competency.medianBestScore === null)).toBe(true);
    expect(insights.questions.every((question) => question.answered === 0 && question.correctFirstRate === null && question.commonWrong === null)).toBe(true);
    expect(insights.hardest).toEqual([]);
    expect(insights.months).toEqual([]);
    expect(insights.credits).toMatchObject({ total: 0, meanPerMember: null });
    expect(insights.headline).toMatch(/^No learner export was counted/);
  });
});

describe('aggregateExports: order independence', () => {
  it('gives the same insights whatever order the files arrive in', () => {
    const files = generateExports(model, { count: 60, seed: 7, now: NOW, badShare: 0.1 });
    const expected = aggregateExports(model, files, { now: NOW });
    expect(expected.files.duplicates).toBeGreaterThan(0);
    for (const seed of [1, 2, 3]) {
      const shuffled = createRandom(seed).sample(files, files.length);
      expect(aggregateExports(model, shuffled, { now: NOW })).toEqual(expected);
    }
  });
});
