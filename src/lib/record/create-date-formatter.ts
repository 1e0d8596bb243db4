/**
 * How the learner's pages write a moment of their record: medium date and short time in the site's
 * language (e.g. "3 Mar 2025, 09:00"), in the browser's time zone; the ISO text if it cannot be read.
 */
export function createDateFormatter(locale: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}
