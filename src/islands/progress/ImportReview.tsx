import type { Ref } from 'react';
import type { ImportDescription } from '../../lib/record/describe-import';
import type { ImportResult } from '../../lib/record/parse-import';

/** A file read for import, waiting for the learner's decision. */
export interface PendingImport {
  fileName: string;
  result: Extract<ImportResult, { ok: true }>;
  description: ImportDescription;
}

interface Props {
  pending: PendingImport;
  titles: { competencies: Record<string, string>; certifications: Record<string, string> };
  formatDate: (iso: string) => string;
  headingRef: Ref<HTMLHeadingElement>;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import will change, and any warning, shown before anything changes; Import or Cancel. */
export function ImportReview({
  pending,
  titles,
  formatDate,
  headingRef,
  onConfirm,
  onCancel,
}: Props) {
  const { result, description } = pending;
  const named = (ids: string[], map: Record<string, string>) =>
    ids.map((id) => map[id] ?? id).join(', ');
  return (
    <section className="import-review" aria-labelledby="import-review-heading">
      <h4 id="import-review-heading" ref={headingRef} tabIndex={-1}>
        Check before importing {pending.fileName}
      </h4>
      {result.warnings.map((warning) => (
        <p key={warning} className="callout warning">
          <span className="callout-label">Warning: another site’s file</span>
          {warning}
        </p>
      ))}
      <p>{description.summary}</p>
      {description.newlyMastered.length > 0 && (
        <p>Newly mastered: {named(description.newlyMastered, titles.competencies)}.</p>
      )}
      {description.newlyEarned.length > 0 && (
        <p>Newly earned: {named(description.newlyEarned, titles.certifications)}.</p>
      )}
      {result.migratedFrom !== undefined && (
        <p>
          This file holds an older kind of record (version {result.migratedFrom}); it is brought up
          to date as it is imported.
        </p>
      )}
      <p className="muted">
        Exported <time dateTime={result.file.exportedAt}>{formatDate(result.file.exportedAt)}</time>{' '}
        from {result.file.site.url || result.file.site.id}. Importing adds to your progress here; it
        never removes anything.
      </p>
      <div className="button-row">
        <button type="button" onClick={onConfirm}>
          Import
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
