import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on its own (a data table is exempt from reflow), so the page
 * never does. Focusable and named by the table's caption, so keyboard users can scroll it too.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
