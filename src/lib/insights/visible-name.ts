/**
 * A file name as it can be shown: control characters (a line break, an escape that would recolour
 * a terminal) become their visible Unicode pictures, "␊" and "␛", so a file named to break the
 * report or the terminal shows what it is instead.
 */
export function visibleName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
  });
}
