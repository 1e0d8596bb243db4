/**
 * The time between two ISO date-times as an ISO 8601 duration (`PT1H2M3.5S`), to the 0.01 s xAPI
 * keeps. A negative span (a clock set back mid-attempt) counts as no time, never a negative duration.
 */
export function formatDuration(startedAt: string, finishedAt: string): string {
  const centiseconds = Math.max(0, Math.round((Date.parse(finishedAt) - Date.parse(startedAt)) / 10)) || 0;
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}
