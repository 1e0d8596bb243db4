import type { Attempt } from '../record/learner-record';
import { isCorrect } from '../record/score-answer';
import type { QuizCatalogEntry } from '../portal/quiz-catalog';
import { formatResponse, isPlainFillIn } from './describe-interaction';
import { formatDuration } from './format-duration';
import type { StatementKit } from './statement-kit';
import type { XapiStatement } from './xapi-statement';
import { VERBS } from './xapi-vocabulary';

/** An attempt's statements, and how many of its answers no longer fit the published questions. */
export interface AttemptStatements {
  statements: XapiStatement[];
  leftOutAnswers: number;
}

/**
 * One `passed` or `failed` on the quiz (as the attempt was graded then), then one `answered` per
 * answer on its question, all sharing a registration derived from the attempt id. Answers to
 * questions since removed or changed are left out and counted, never guessed at.
 */
export function buildAttemptStatements(attempt: Attempt, entry: QuizCatalogEntry, kit: StatementKit): AttemptStatements {
  const quiz = kit.activities.quiz(entry);
  const registration = kit.uuidFor(`registration:${attempt.id}`);
  const statements: XapiStatement[] = [
    kit.statement(`attempt:${attempt.id}`, attempt.passed ? VERBS.passed : VERBS.failed, quiz, attempt.finishedAt, {
      result: { score: { scaled: attempt.score }, success: attempt.passed, completion: true, duration: formatDuration(attempt.startedAt, attempt.finishedAt) },
      context: { registration },
    }),
  ];
  let leftOutAnswers = 0;
  for (const [questionId, answer] of Object.entries(attempt.answers)) {
    const question = entry.questions.find((candidate) => candidate.id === questionId);
    const response = question ? formatResponse(question, answer) : undefined;
    if (!question || response === undefined) {
      leftOutAnswers++;
      continue;
    }
    statements.push(
      kit.statement(`answered:${attempt.id}:${questionId}`, VERBS.answered, kit.activities.question(entry, question), attempt.finishedAt, {
        // A typed text xAPI would read as several answers (or a tag) keeps its outcome, not its words.
        result: { ...(question.type !== 'text' || isPlainFillIn(response) ? { response } : {}), success: isCorrect(question, answer) },
        context: { registration, contextActivities: { parent: [quiz] } },
      }),
    );
  }
  return { statements, leftOutAnswers };
}
