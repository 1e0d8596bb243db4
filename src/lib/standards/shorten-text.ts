/** Collapses runs of white space (including no-break spaces) to one space and trims the ends. */
export function tidyText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` characters: at the end of the last whole sentence that fits when
 * that keeps at least half, otherwise at a word boundary with an ellipsis.
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(...['. ', '? ', '! '].map((mark) => head.lastIndexOf(mark)));
  if (sentenceEnd >= max / 2) return head.slice(0, sentenceEnd + 1);
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space >= max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.]+$/, '')}…`;
}
