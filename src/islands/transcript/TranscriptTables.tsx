import { formatCredits } from '../../lib/charts/progress-summary';
import type { MasteredBy, Transcript } from '../../lib/record/build-transcript';
import { TableScroll } from '../progress/TableScroll';

interface Props {
  transcript: Transcript;
  formatDate: (iso: string) => string;
}

const BY: Record<MasteredBy, string> = {
  'tested-out': 'Competency check passed (tested out)',
  check: 'Lessons completed and competency check passed',
  lessons: 'Every lesson of the path completed',
};

/** The transcript's three tables: mastered competencies, certifications, and CE credits per lesson. */
export function TranscriptTables({ transcript, formatDate }: Props) {
  const { competencies, certifications, lessons, totals } = transcript;
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;
  return (
    <>
      <h2 id="transcript-competencies">Mastered competencies</h2>
      {competencies.length === 0 ? (
        <p>No competency is mastered yet.</p>
      ) : (
        <TableScroll labelledBy="transcript-competencies">
          <table aria-labelledby="transcript-competencies">
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Mastered on</th>
                <th scope="col">How</th>
              </tr>
            </thead>
            <tbody>
              {competencies.map((competency) => (
                <tr key={competency.id}>
                  <th scope="row">
                    {competency.code && <span className="code">{competency.code} </span>}
                    {competency.title}
                  </th>
                  <td>{date(competency.masteredAt)}</td>
                  <td>{BY[competency.by]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {certifications.length > 0 && (
        <>
          <h2 id="transcript-certifications">Certifications</h2>
          <TableScroll labelledBy="transcript-certifications">
            <table aria-labelledby="transcript-certifications">
              <thead>
                <tr>
                  <th scope="col">Certification</th>
                  <th scope="col">Status</th>
                  <th scope="col">CE credits</th>
                </tr>
              </thead>
              <tbody>
                {certifications.map((certification) => (
                  <tr key={certification.id}>
                    <th scope="row">{certification.title}</th>
                    <td>
                      {certification.earned && certification.earnedAt ? (
                        <>Earned on {date(certification.earnedAt)}</>
                      ) : (
                        `Not yet earned: ${certification.mastered} of ${certification.total} competencies mastered`
                      )}
                    </td>
                    <td>{certification.earned ? certification.ceCredits : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}

      <h2 id="transcript-credits">CE credits per lesson</h2>
      {lessons.length === 0 ? (
        <p>No lesson is completed yet.</p>
      ) : (
        <TableScroll labelledBy="transcript-credits">
          <table aria-labelledby="transcript-credits">
            <thead>
              <tr>
                <th scope="col">Lesson</th>
                <th scope="col">Completed on</th>
                <th scope="col">CE credits</th>
                <th scope="col">Content version</th>
              </tr>
            </thead>
            <tbody>
              {lessons.map((lesson) => (
                <tr key={lesson.slug}>
                  <th scope="row">{lesson.title}</th>
                  <td>{date(lesson.completedAt)}</td>
                  <td>{lesson.ceCredits}</td>
                  <td>{lesson.contentVersion}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All lessons</th>
                <td>{totals.lessonsCompleted} completed</td>
                <td>{totals.lessonCredits}</td>
                <td></td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
      {lessons[0] && (
        <p className="muted">
          Titles and credits are those of content version {lessons[0].contentVersion}, the site as
          published now: your progress does not record which version each lesson was completed in.
        </p>
      )}

      <h2 id="transcript-totals">Totals</h2>
      <ul className="transcript-totals">
        <li>
          {totals.mastered} of {totals.competencies} competencies mastered
        </li>
        <li>
          {totals.lessonsCompleted} {totals.lessonsCompleted === 1 ? 'lesson' : 'lessons'} completed
        </li>
        <li>
          {formatCredits(totals.credits)} in all ({totals.lessonCredits} from lessons,{' '}
          {totals.certificationCredits} from certifications)
        </li>
      </ul>
    </>
  );
}
