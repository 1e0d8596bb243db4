import { describe, expect, it } from 'vitest';
import { buildXapiStatements } from '../../../../src/lib/xapi/build-xapi-statements';
import { describeXapiFailure, describeXapiExport, readQuizCatalog } from '../../../../src/lib/xapi/describe-xapi-export';
import { createRecord } from '../../../../src/lib/record/learner-record';
import { ANSWERS, at, attemptOf, CATALOG, generateRecord, SITE } from './xapi-fixtures';

describe('readQuizCatalog', () => {
  it('accepts the published catalog and refuses anything else whole', () => {
    const published = JSON.parse(JSON.stringify({ quizzes: CATALOG.quizzes }));
    expect(readQuizCatalog(published)).toEqual(published);
    expect(readQuizCatalog({ quizzes: {} })).toEqual({ quizzes: {} });
    for (const bad of [null, [], 'quizzes', { quizzes: [] }, { quizzes: { 'lesson:a': { id: 'lesson:a', kind: 'lesson' } } }, { quizzes: { x: { id: 'x', kind: 'page', questions: [] } } }]) {
      expect(readQuizCatalog(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

describe('describeXapiExport', () => {
  it('names the file and counts the statements', () => {
    const result = buildXapiStatements(generateRecord('notice', 3), CATALOG, SITE);
    expect(describeXapiExport('file.json', result)).toBe(`Your progress was exported as ${result.statements.length} xAPI statements in file.json. A learning record store (LRS) that accepts xAPI 1.0.3 can import the file.`);
  });

  it('says what was left out, and that the progress still holds it', () => {
    const record = createRecord('learner-1', at(1));
    record.attempts = [attemptOf('gone', 'lesson:removed', {}), attemptOf('a1', 'lesson:with-quiz', { 'q-single': ANSWERS.match.right }, { score: 0, passed: false })];
    expect(describeXapiExport('file.json', buildXapiStatements(record, CATALOG, SITE))).toBe(
      'Your progress was exported as 1 xAPI statement in file.json. A learning record store (LRS) that accepts xAPI 1.0.3 can import the file. Left out: 1 attempt at quizzes no longer published and 1 answer to questions that have since changed, which xAPI could not describe. Your progress itself still holds them.',
    );
  });

  it('explains an empty export instead of announcing zero statements', () => {
    expect(describeXapiExport('file.json', buildXapiStatements(createRecord('learner-1', at(1)), CATALOG, SITE))).toBe('file.json holds no statements yet: nothing is recorded in this browser. Visit a lesson or take a quiz first.');
  });
});

describe('describeXapiFailure', () => {
  it('says what happened, why it matters and what to do, for each way loading can fail', () => {
    expect(describeXapiFailure('offline')).toBe('The xAPI statements could not be made: the page needs the list of quiz questions (data/quizzes.json) to describe your answers, and it did not load. Check your connection and try again. Your progress is unchanged, and "Export your progress" still works.');
    expect(describeXapiFailure('status', 404)).toContain('the site answered with status 404. Try again later');
    expect(describeXapiFailure('invalid')).toContain('the file it got is not that list. Reload the page');
    expect(describeXapiFailure('script')).toBe('The xAPI statements could not be made: part of this page\'s script did not load. Reload the page and try again. Your progress is unchanged, and "Export your progress" still works.');
  });
});
