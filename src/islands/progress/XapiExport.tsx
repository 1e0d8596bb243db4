import { useRef } from 'react';
import { href } from '../../components/href';
import type { LearnerRecord } from '../../lib/record/learner-record';
import { createSiteUrls } from '../../lib/standards/site-urls';
import { describeXapiFailure, describeXapiExport, readQuizCatalog } from '../../lib/xapi/describe-xapi-export';
import type { QuizCatalog } from '../../lib/portal/quiz-catalog';
import { downloadFile } from './download-file';
import type { ProgressData } from './progress-data';

interface Props {
  data: ProgressData;
  record: LearnerRecord | null;
  /** The saved record is a newer version's, which this page cannot read: statements would understate it. */
  unreadable: boolean;
  /** Announces the outcome in the page's live region. */
  onNotice: (text: string) => void;
}

/**
 * "Export as xAPI statements", beside the ordinary export. The quiz catalog (same origin) and the
 * mapping are loaded only when clicked, so the progress page itself stays as light as it was.
 */
export function XapiExport({ data, record, unreadable, onNotice }: Props) {
  const busy = useRef(false);

  const exportStatements = async () => {
    if (!record || busy.current) return;
    if (unreadable) return onNotice(describeXapiFailure('newer'));
    busy.current = true;
    try {
      // The mapping loads with the catalog, on demand: the page's own script does not grow.
      const [catalog, mapping] = await Promise.all([fetchQuizCatalog(), import('../../lib/xapi/build-xapi-statements').catch(() => undefined)]);
      if (typeof catalog === 'string') return onNotice(catalog);
      if (!mapping) return onNotice(describeXapiFailure('script'));
      const { buildXapiStatements, xapiFileName } = mapping;
      const now = new Date().toISOString();
      const name = xapiFileName(data.site.id, now);
      const result = buildXapiStatements(
        record,
        {
          quizzes: catalog.quizzes,
          lessons: data.lessons,
          competencies: Object.fromEntries(data.competencies.map((competency) => [competency.id, { title: competency.title }])),
          model: data.model,
        },
        {
          // The base path once, against the public URL (or this page's origin when none is set).
          siteUrl: createSiteUrls(data.site.url || window.location.origin, import.meta.env.BASE_URL).root,
          siteTitle: data.site.title,
          now,
          language: data.site.locale,
        },
      );
      downloadFile(name, `${JSON.stringify(result.statements, null, 2)}\n`);
      onNotice(describeXapiExport(name, result));
    } finally {
      busy.current = false;
    }
  };

  return (
    <button type="button" className="secondary" onClick={() => void exportStatements()} disabled={!record}>
      Export as xAPI statements
    </button>
  );
}

/** The published quiz catalog, or the message to show when it cannot be had. */
async function fetchQuizCatalog(): Promise<QuizCatalog | string> {
  let response: Response;
  try {
    response = await fetch(href('/data/quizzes.json'), { credentials: 'same-origin' });
  } catch {
    return describeXapiFailure('offline');
  }
  if (!response.ok) return describeXapiFailure('status', response.status);
  try {
    return readQuizCatalog(await response.json()) ?? describeXapiFailure('invalid');
  } catch {
    return describeXapiFailure('invalid');
  }
}
