import { describe, expect, it } from 'vitest';
import { aggregateExports } from '../../../../src/lib/insights/aggregate-exports';
import { generateExports } from '../../../../src/lib/insights/generate-exports';
import { parseImportFile } from '../../../../src/lib/record/parse-import';
import { fixtureModel, NOW } from './insights-fixtures';

const model = fixtureModel();
const options = { count: 80, seed: 11, now: NOW, badShare: 0.1 };
const files = generateExports(model, options);
const parsed = files.map((file) => ({ file, result: parseImportFile(file.bytes, { siteId: model.site.id }) }));

describe('generateExports', () => {
  it('makes exactly `count` files, the same ones for the same seed', () => {
    expect(files).toHaveLength(80);
    expect(generateExports(model, options)).toEqual(files);
    expect(generateExports(model, { ...options, seed: 12 })).not.toEqual(files);
  });

  it('makes `badShare` of the files ones the validator refuses, in each way in turn', () => {
    const bad = parsed.filter(({ file }) => file.kind === 'bad');
    expect(bad).toHaveLength(8);
    expect(new Set(bad.map(({ result }) => !result.ok && result.code))).toEqual(new Set(['not-json', 'not-micropath', 'empty', 'newer-version', 'wrong-shape', 'utf16']));
  });

  it('makes every other file a valid export of this site, dated no later than now', () => {
    for (const { file, result } of parsed.filter(({ file }) => file.kind !== 'bad')) {
      expect(result).toMatchObject({ ok: true, warnings: [] });
      if (!result.ok) continue;
      expect(result.record.learnerId).toBe(file.learnerId);
      expect(result.file.exportedAt <= NOW).toBe(true);
      for (const attempt of result.record.attempts) expect(attempt.finishedAt <= result.file.exportedAt).toBe(true);
    }
  });

  it('answers only real questions of real quizzes, some right and some wrong', () => {
    const questions = new Map(model.quizzes.map((quiz) => [quiz.id, new Set(quiz.questions.map((question) => question.id))]));
    const scores = new Set<number>();
    for (const { result } of parsed) {
      if (!result.ok) continue;
      for (const attempt of result.record.attempts) {
        expect(Object.keys(attempt.answers).every((id) => questions.get(attempt.quizId)?.has(id))).toBe(true);
        scores.add(attempt.score);
      }
    }
    expect([...scores].sort()).toEqual([0, 1]);
  });

  it('adds earlier exports of some learners, each exported before that learner’s latest', () => {
    const valid = parsed.flatMap(({ file, result }) => (result.ok ? [{ kind: file.kind, learnerId: result.record.learnerId, at: result.file.exportedAt }] : []));
    const earlier = valid.filter((file) => file.kind === 'earlier');
    expect(earlier.length).toBeGreaterThan(0);
    for (const file of earlier) {
      const latest = valid.find((other) => other.kind === 'export' && other.learnerId === file.learnerId)!;
      expect(file.at < latest.at).toBe(true);
    }
    expect(aggregateExports(model, files, { now: NOW }).files.duplicates).toBe(earlier.length);
  });

  it('gives confidence ratings before and after and feedback with comments', () => {
    const records = parsed.flatMap(({ result }) => (result.ok ? [result.record] : []));
    const ratings = records.flatMap((record) => record.confidence);
    expect(ratings.some((rating) => rating.phase === 'before')).toBe(true);
    expect(ratings.some((rating) => rating.phase === 'after')).toBe(true);
    expect(records.some((record) => record.feedback.some((feedback) => feedback.comment))).toBe(true);
  });
});
