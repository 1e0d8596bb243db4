import { useMemo } from 'react';
import { listAttempts, listConfidence, listFeedback } from '../lib/charts/history-rows';
import { chartHeight } from '../lib/charts/mastery-chart-config';
import { buildMasterySeries } from '../lib/charts/mastery-series';
import { isRecordEmpty, summariseProgress } from '../lib/charts/progress-summary';
import { createDateFormatter } from '../lib/record/create-date-formatter';
import { BadgeList } from './progress/BadgeList';
import { DataControls } from './progress/DataControls';
import { HistoryTables } from './progress/HistoryTables';
import { MasteryChart } from './progress/MasteryChart';
import { MasteryTable } from './progress/MasteryTable';
import type { ProgressData } from './progress/progress-data';
import { ProgressSummary } from './progress/ProgressSummary';
import { ShareWithAssociation } from './progress/ShareWithAssociation';
import { StorageNotice } from './StorageNotice';
import { useMastery } from './use-learner';

/**
 * The learner's record on /progress/. The server and the first client render show the headings
 * with neutral placeholders (never a false 0 %); the record fills them in after mounting. An empty
 * record gets a friendly start instead of a chart of zeros.
 */
export default function ProgressPage({ data }: { data: ProgressData }) {
  const { store, mastery, record, status } = useMastery(data.site.id, data.model);
  const view = useMemo(() => {
    const leaves = data.competencies.filter((competency) => competency.leaf);
    const titles = {
      lessons: Object.fromEntries(
        Object.entries(data.lessons).map(([slug, lesson]) => [slug, lesson.title]),
      ),
      competencies: Object.fromEntries(
        data.competencies.map((competency) => [competency.id, competency.title]),
      ),
    };
    return {
      leaves,
      titles,
      byId: Object.fromEntries(data.competencies.map((competency) => [competency.id, competency])),
    };
  }, [data]);
  const formatDate = useMemo(() => createDateFormatter(data.site.locale), [data.site.locale]);

  const known = record !== null && mastery !== null;
  const empty = record !== null && isRecordEmpty(record);
  const bars = useMemo(
    () => (mastery ? buildMasterySeries(view.leaves, mastery) : []),
    [mastery, view.leaves],
  );
  const summary = useMemo(
    () =>
      mastery
        ? summariseProgress(
            {
              competencies: view.leaves.map((leaf) => leaf.id),
              lessons: data.lessons,
              certifications: data.certifications,
            },
            mastery,
          )
        : null,
    [mastery, view.leaves, data],
  );
  const placeholder = (
    <p className="progress-placeholder" aria-busy="true">
      Reading your progress from this browser…
    </p>
  );

  return (
    <>
      <StorageNotice status={status} progressHref="#export" />

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        {!known || !summary ? (
          placeholder
        ) : empty ? (
          <div className="progress-empty">
            <p>
              {status.firstVisit && !status.problem
                ? 'No progress is saved in this browser yet. If you saved a backup, import it below.'
                : 'Nothing is recorded yet: your progress appears here as you complete lessons and pass quizzes.'}
            </p>
            <p>
              <a href={data.competenciesHref}>Choose a competency to start with</a>
            </p>
          </div>
        ) : (
          <ProgressSummary summary={summary} certifications={data.certifications} />
        )}
      </section>

      {!empty && (
        <>
          <section aria-labelledby="mastery-heading">
            <h2 id="mastery-heading">Mastery per competency</h2>
            {known ? (
              <>
                <MasteryChart bars={bars} />
                <MasteryTable
                  bars={bars}
                  competencies={view.byId}
                  hasCheck={(id) => data.model.competencies[id]?.hasCheck ?? false}
                />
              </>
            ) : (
              <div className="chart-box" style={{ height: `${chartHeight(view.leaves.length)}px` }}>
                {placeholder}
              </div>
            )}
          </section>

          <section aria-labelledby="badges-heading">
            <h2 id="badges-heading">Badges</h2>
            {known ? (
              <BadgeList
                earned={data.competencies
                  .filter(
                    (competency) => mastery.competencies[competency.id]?.status === 'mastered',
                  )
                  .map((competency) => ({
                    competency,
                    masteredAt: mastery.competencies[competency.id]?.masteredAt,
                  }))}
                formatDate={formatDate}
              />
            ) : (
              placeholder
            )}
          </section>

          <section aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            {known ? (
              <HistoryTables
                attempts={listAttempts(record, view.titles)}
                confidence={listConfidence(
                  record,
                  view.titles,
                  data.competencies.map((competency) => competency.id),
                )}
                feedback={listFeedback(record, view.titles)}
                formatDate={formatDate}
              />
            ) : (
              placeholder
            )}
          </section>
        </>
      )}

      <section aria-labelledby="data-heading" className="data-controls">
        <h2 id="data-heading">Your data</h2>
        <p className="prose">
          Your progress is kept in this browser only. Export it to keep a backup or to carry it to
          another browser.
        </p>
        <DataControls
          data={data}
          store={store}
          record={record}
          status={status}
          formatDate={formatDate}
        />
      </section>

      <ShareWithAssociation data={data} record={record} status={status} formatDate={formatDate} />
    </>
  );
}
