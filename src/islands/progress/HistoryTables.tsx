import type { AttemptRow, ConfidenceRow, FeedbackRow } from '../../lib/charts/history-rows';
import { TableScroll } from './TableScroll';

interface Props {
  attempts: AttemptRow[];
  confidence: ConfidenceRow[];
  feedback: FeedbackRow[];
  formatDate: (iso: string) => string;
}

/** Attempt history, confidence before and after, and lesson feedback, each as a table. */
export function HistoryTables({ attempts, confidence, feedback, formatDate }: Props) {
  const when = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;
  const rating = (value: number | undefined) =>
    value === undefined ? 'Not rated' : `${value} of 5`;
  return (
    <>
      <h3>Quizzes and checks</h3>
      {attempts.length === 0 ? (
        <p>No quiz or competency check taken yet.</p>
      ) : (
        <TableScroll labelledBy="attempts-caption">
          <table>
            <caption id="attempts-caption" className="visually-hidden">
              Every quiz and competency check you finished, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Quiz or check</th>
                <th scope="col">Score</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((attempt) => (
                <tr key={attempt.id}>
                  <td>{when(attempt.finishedAt)}</td>
                  <th scope="row">{attempt.quiz}</th>
                  <td>{attempt.percent} %</td>
                  <td>{attempt.passed ? 'Passed' : 'Not passed'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3>Confidence before and after</h3>
      {confidence.length === 0 ? (
        <p>
          No confidence ratings yet. Each competency page asks how confident you feel, before and
          after its lessons.
        </p>
      ) : (
        <TableScroll labelledBy="confidence-caption">
          <table>
            <caption id="confidence-caption" className="visually-hidden">
              Your latest confidence rating per competency, from 1 (not at all) to 5 (very)
            </caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Before the lessons</th>
                <th scope="col">After the lessons</th>
              </tr>
            </thead>
            <tbody>
              {confidence.map((row) => (
                <tr key={row.competency}>
                  <th scope="row">{row.title}</th>
                  <td>{rating(row.before)}</td>
                  <td>{rating(row.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3>Lesson feedback</h3>
      {feedback.length === 0 ? (
        <p>No lesson feedback given yet.</p>
      ) : (
        <TableScroll labelledBy="feedback-caption">
          <table>
            <caption id="feedback-caption" className="visually-hidden">
              Your answers to “Was this lesson useful?”, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Lesson</th>
                <th scope="col">Useful</th>
                <th scope="col">Comment</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {feedback.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.title}</th>
                  <td>{item.useful ? 'Yes' : 'No'}</td>
                  <td>{item.comment ?? ''}</td>
                  <td>{when(item.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
