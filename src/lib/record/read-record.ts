import { FEEDBACK_COMMENT_MAX, RECORD_VERSION, type Answer, type Attempt, type ConfidenceRating, type LearnerRecord, type LessonFeedback, type LessonProgress } from './learner-record';
import { RecordProblem, childPath, readArray, readBoolean, readDateTime, readKey, readNumber, readObject, readOneOf, readString } from './record-problem';

/** The answer types a record may hold: one per question type. */
export const ANSWER_TYPES = ['single', 'multiple', 'true-false', 'text', 'numeric', 'order', 'match'] as const;

/**
 * Reads untrusted data as a current-version record, field by field, into fresh objects that hold
 * only the known fields (so nothing unexpected or malformed reaches the store), with date-times in
 * one canonical form. Throws a RecordProblem naming the first bad path.
 */
export function readRecord(data: unknown): LearnerRecord {
  const record = readObject(data, '');
  if (record.version !== RECORD_VERSION) throw new RecordProblem('version', `${RECORD_VERSION}`, record.version);
  const learnerId = readString(record.learnerId, 'learnerId');
  const createdAt = readDateTime(record.createdAt, 'createdAt');
  const lessons: Record<string, LessonProgress> = {};
  const lessonsIn = readObject(record.lessons, 'lessons');
  for (const slug of Object.keys(lessonsIn)) {
    lessons[readKey(slug, childPath('lessons', slug))] = readLesson(lessonsIn[slug], childPath('lessons', slug));
  }
  return {
    version: RECORD_VERSION,
    learnerId,
    createdAt,
    lessons,
    attempts: readArray(record.attempts, 'attempts').map((item, index) => readAttempt(item, childPath('attempts', index))),
    confidence: readArray(record.confidence, 'confidence').map((item, index) => readConfidence(item, childPath('confidence', index))),
    feedback: readArray(record.feedback, 'feedback').map((item, index) => readFeedback(item, childPath('feedback', index))),
  };
}

function readLesson(value: unknown, path: string): LessonProgress {
  const lesson = readObject(value, path);
  const at = (key: string) => childPath(path, key);
  return {
    firstVisitedAt: readDateTime(lesson.firstVisitedAt, at('firstVisitedAt')),
    lastVisitedAt: readDateTime(lesson.lastVisitedAt, at('lastVisitedAt')),
    visits: readNumber(lesson.visits, at('visits'), 0, Infinity, true),
    ...(lesson.firstCompletedAt === undefined ? {} : { firstCompletedAt: readDateTime(lesson.firstCompletedAt, at('firstCompletedAt')) }),
  };
}

function readAttempt(value: unknown, path: string): Attempt {
  const attempt = readObject(value, path);
  const at = (key: string) => childPath(path, key);
  const quizId = readString(attempt.quizId, at('quizId'));
  if (!/^(?:lesson|check):./.test(quizId)) throw new RecordProblem(at('quizId'), '"lesson:<slug>" or "check:<competency>"', quizId);
  const answersIn = readObject(attempt.answers, at('answers'));
  const answers: Record<string, Answer> = {};
  for (const id of Object.keys(answersIn)) {
    const answerPath = childPath(at('answers'), id);
    answers[readKey(id, answerPath)] = readAnswer(answersIn[id], answerPath);
  }
  return {
    id: readString(attempt.id, at('id')),
    quizId,
    startedAt: readDateTime(attempt.startedAt, at('startedAt')),
    finishedAt: readDateTime(attempt.finishedAt, at('finishedAt')),
    answers,
    score: readNumber(attempt.score, at('score'), 0, 1),
    passed: readBoolean(attempt.passed, at('passed')),
  };
}

/** One answer; choice indices are whole numbers of at least 0. */
function readAnswer(value: unknown, path: string): Answer {
  const answer = readObject(value, path);
  const at = (key: string) => childPath(path, key);
  const index = (item: unknown, itemPath: string) => readNumber(item, itemPath, 0, 1000, true);
  const indices = (key: string) => readArray(answer[key], at(key)).map((item, i) => index(item, childPath(at(key), i)));
  const type = readOneOf(answer.type, at('type'), ANSWER_TYPES);
  switch (type) {
    case 'single':
      return { type, choice: index(answer.choice, at('choice')) };
    case 'multiple':
      return { type, choices: indices('choices') };
    case 'true-false':
      return { type, value: readBoolean(answer.value, at('value')) };
    case 'text':
      return { type, value: readString(answer.value, at('value'), 0, 10_000) };
    case 'numeric':
      return { type, value: readNumber(answer.value, at('value')) };
    case 'order':
      return { type, items: indices('items') };
    case 'match':
      return { type, pairs: indices('pairs') };
  }
}

function readConfidence(value: unknown, path: string): ConfidenceRating {
  const rating = readObject(value, path);
  const at = (key: string) => childPath(path, key);
  return {
    competency: readKey(readString(rating.competency, at('competency')), at('competency')),
    phase: readOneOf(rating.phase, at('phase'), ['before', 'after'] as const),
    rating: readNumber(rating.rating, at('rating'), 1, 5, true),
    at: readDateTime(rating.at, at('at')),
  };
}

function readFeedback(value: unknown, path: string): LessonFeedback {
  const feedback = readObject(value, path);
  const at = (key: string) => childPath(path, key);
  return {
    id: readString(feedback.id, at('id')),
    lesson: readKey(readString(feedback.lesson, at('lesson')), at('lesson')),
    useful: readBoolean(feedback.useful, at('useful')),
    ...(feedback.comment === undefined ? {} : { comment: readString(feedback.comment, at('comment'), 0, FEEDBACK_COMMENT_MAX) }),
    at: readDateTime(feedback.at, at('at')),
  };
}
