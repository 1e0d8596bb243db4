import { describe, expect, it } from 'vitest';
import {
  FALLBACK_PALETTE,
  PALETTE_PROPERTIES,
  readChartPalette,
} from '../../../../src/lib/charts/chart-palette';

describe('readChartPalette', () => {
  it('reads every colour from its custom property, trimmed as getComputedStyle returns them', () => {
    const dark: Record<string, string> = {
      '--text': ' #e5e7eb',
      '--muted': '#b6bfcc',
      '--border': '#46546e',
      '--bg': '#0f172a',
      '--accent': ' #8ab4ff ',
      '--ok': '#86efac',
      '--font': ' system-ui, sans-serif',
    };
    expect(readChartPalette((property) => dark[property] ?? '')).toEqual({
      text: '#e5e7eb',
      muted: '#b6bfcc',
      grid: '#46546e',
      background: '#0f172a',
      bar: '#8ab4ff',
      barMastered: '#86efac',
      font: 'system-ui, sans-serif',
    });
  });

  it('falls back to the light theme for properties the page does not define', () => {
    expect(readChartPalette((property) => (property === '--accent' ? '#123456' : ''))).toEqual({
      ...FALLBACK_PALETTE,
      bar: '#123456',
    });
  });

  it('asks only for the documented custom properties', () => {
    const asked: string[] = [];
    readChartPalette((property) => {
      asked.push(property);
      return '';
    });
    expect(asked.sort()).toEqual(Object.values(PALETTE_PROPERTIES).sort());
  });
});
