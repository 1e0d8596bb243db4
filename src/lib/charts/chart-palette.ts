/** The colours and font a chart is drawn with, read from the page's CSS custom properties. */
export interface ChartPalette {
  /** Labels and titles. */
  text: string;
  /** Secondary text: axis ticks. */
  muted: string;
  /** Grid lines and axis borders. */
  grid: string;
  /** The page background, for text drawn on `text` (tooltips). */
  background: string;
  /** Bars of competencies not yet mastered. */
  bar: string;
  /** Bars of mastered competencies. */
  barMastered: string;
  /** The page's font stack. */
  font: string;
}

/** Which custom property each colour comes from; global.css defines them for both themes. */
export const PALETTE_PROPERTIES: Readonly<Record<keyof ChartPalette, string>> = {
  text: '--text',
  muted: '--muted',
  grid: '--border',
  background: '--bg',
  bar: '--accent',
  barMastered: '--ok',
  font: '--font',
};

/** The light theme's values, used for any property the page does not define (e.g. before CSS loads). */
export const FALLBACK_PALETTE: Readonly<ChartPalette> = {
  text: '#111827',
  muted: '#4b5563',
  grid: '#c9ced8',
  background: '#ffffff',
  bar: '#1d4ed8',
  barMastered: '#166534',
  font: 'system-ui, sans-serif',
};

/**
 * Reads the palette through `read` (in the browser: a property of
 * `getComputedStyle(document.documentElement)`), so a chart follows the theme the page is in.
 */
export function readChartPalette(
  read: (property: string) => string,
  fallback: Readonly<ChartPalette> = FALLBACK_PALETTE,
): ChartPalette {
  const palette = { ...fallback };
  for (const [name, property] of Object.entries(PALETTE_PROPERTIES) as [
    keyof ChartPalette,
    string,
  ][]) {
    const value = read(property).trim();
    if (value) palette[name] = value;
  }
  return palette;
}
