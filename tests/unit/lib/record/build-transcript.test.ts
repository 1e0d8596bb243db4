import { describe, expect, it } from 'vitest';
import { buildTranscript, type TranscriptPortal } from '../../../../src/lib/record/build-transcript';
import { checkQuizId, createRecord, lessonQuizId, type Attempt, type LearnerRecord } from '../../../../src/lib/record/learner-record';
import { addAttempt, completeLesson } from '../../../../src/lib/record/record-actions';

// An area with three competencies: "alt" (a check, one lesson with a quiz), "captions" (no check,
// one lesson) and "contrast" (no check, one lesson). "media" needs alt and captions; "all" all three.
const portal: TranscriptPortal = {
  model: {
    competencies: {
      perceivable: { children: ['alt', 'captions', 'contrast'], path: [], hasCheck: false, threshold: 0.8 },
      alt: { children: [], path: ['alt-basics'], hasCheck: true, threshold: 0.8 },
      captions: { children: [], path: ['captions-intro'], hasCheck: false, threshold: 0.8 },
      contrast: { children: [], path: ['contrast-basics'], hasCheck: false, threshold: 0.8 },
    },
    lessons: { 'alt-basics': { hasQuiz: true }, 'captions-intro': { hasQuiz: false }, 'contrast-basics': { hasQuiz: false } },
    certifications: { media: { competencies: ['alt', 'captions'] }, all: { competencies: ['alt', 'captions', 'contrast'] } },
  },
  competencies: [
    { id: 'perceivable', code: '1', title: 'Perceivable', leaf: false },
    { id: 'alt', code: '1.1', title: 'Text alternatives', leaf: true },
    { id: 'captions', code: '1.2', title: 'Captions', leaf: true },
    { id: 'contrast', title: 'Contrast', leaf: true },
  ],
  lessons: { 'alt-basics': { title: 'Alt basics', ceCredits: 0.25 }, 'captions-intro': { title: 'Captions intro', ceCredits: 0.5 }, 'contrast-basics': { title: 'Contrast basics' } },
  certifications: [{ id: 'media', title: 'Media certificate', ceCredits: 2 }, { id: 'all', title: 'Full certificate' }],
  contentVersion: '2025-03-10',
};
const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const attempt = (id: string, quizId: string, day: number, passed: boolean): Attempt => ({ id, quizId, startedAt: at(day), finishedAt: at(day), answers: {}, score: passed ? 1 : 0.5, passed });
const empty = createRecord('learner', at(1));
const apply = (...steps: ((record: LearnerRecord) => LearnerRecord)[]) => steps.reduce((record, step) => step(record), empty);

/** Alt tested out on day 2 (its lesson quiz passed later, on day 5); captions practised on day 3; contrast untouched. */
const media = apply(
  (r) => addAttempt(r, attempt('c1', checkQuizId('alt'), 2, true)),
  (r) => completeLesson(r, 'captions-intro', at(3)),
  (r) => addAttempt(r, attempt('q1', lessonQuizId('alt-basics'), 4, false)),
  (r) => addAttempt(r, attempt('q2', lessonQuizId('alt-basics'), 5, true)),
);

describe('buildTranscript', () => {
  it('lists the mastered competencies in framework order, dated, with how each was mastered', () => {
    expect(buildTranscript(media, portal, at(20)).competencies).toEqual([
      { id: 'alt', code: '1.1', title: 'Text alternatives', masteredAt: at(2), by: 'tested-out' },
      { id: 'captions', code: '1.2', title: 'Captions', masteredAt: at(3), by: 'lessons' },
    ]);
  });

  it('says a competency passed by its check after the path was done was mastered by the check', () => {
    const record = apply((r) => addAttempt(r, attempt('q1', lessonQuizId('alt-basics'), 2, true)), (r) => addAttempt(r, attempt('c1', checkQuizId('alt'), 6, true)));
    expect(buildTranscript(record, portal, at(20)).competencies).toEqual([{ id: 'alt', code: '1.1', title: 'Text alternatives', masteredAt: at(6), by: 'check' }]);
  });

  it('dates an earned certification by its last competency mastered, and counts the rest as N of M', () => {
    expect(buildTranscript(media, portal, at(20)).certifications).toEqual([
      { id: 'media', title: 'Media certificate', earned: true, mastered: 2, total: 2, earnedAt: at(3), ceCredits: 2 },
      { id: 'all', title: 'Full certificate', earned: false, mastered: 2, total: 3, ceCredits: 0 },
    ]);
  });

  it('lists completed lessons earliest first with their credits and the content version', () => {
    expect(buildTranscript(media, portal, at(20)).lessons).toEqual([
      { slug: 'captions-intro', title: 'Captions intro', completedAt: at(3), ceCredits: 0.5, contentVersion: '2025-03-10' },
      { slug: 'alt-basics', title: 'Alt basics', completedAt: at(5), ceCredits: 0.25, contentVersion: '2025-03-10' },
    ]);
  });

  it('totals lesson and certification credits as the progress summary does', () => {
    expect(buildTranscript(media, portal, at(20)).totals).toEqual({ mastered: 2, competencies: 3, lessonsCompleted: 2, lessonCredits: 0.75, certificationCredits: 2, credits: 2.75 });
  });

  it('leaves out lessons the site no longer has and dates the transcript by now', () => {
    const record = completeLesson(media, 'retired-lesson', at(6));
    const transcript = buildTranscript(record, portal, at(20));
    expect(transcript.lessons.map((lesson) => lesson.slug)).toEqual(['captions-intro', 'alt-basics']);
    expect(transcript.printedAt).toBe(at(20));
  });

  it('never dates a mastery, certification or lesson after the transcript was printed, even when the device clock ran ahead', () => {
    const printed = at(4);
    const transcript = buildTranscript(media, portal, printed);
    const dates = [...transcript.competencies.map((c) => c.masteredAt), ...transcript.certifications.flatMap((c) => (c.earnedAt ? [c.earnedAt] : [])), ...transcript.lessons.map((l) => l.completedAt)];
    expect(dates.filter((date) => date > printed)).toEqual([]);
    expect(transcript.lessons.find((lesson) => lesson.slug === 'alt-basics')?.completedAt).toBe(printed);
    expect(transcript.competencies.find((competency) => competency.id === 'captions')?.masteredAt).toBe(at(3));
  });

  it('holds nothing mastered, earned or credited for an empty record', () => {
    const transcript = buildTranscript(empty, portal, at(20));
    expect([transcript.competencies, transcript.lessons, transcript.certifications.filter((c) => c.earned)]).toEqual([[], [], []]);
    expect(transcript.totals.credits).toBe(0);
  });
});
