import { describe, expect, it } from 'vitest';
import { shortenText, tidyText } from '../../../../src/lib/standards/shorten-text';

describe('shortenText', () => {
  it('keeps text that fits', () => {
    expect(shortenText('Short.', 10)).toBe('Short.');
  });

  it('ends at the last whole sentence when that keeps at least half', () => {
    expect(shortenText('First sentence here. Second one is much longer than the limit.', 30)).toBe(
      'First sentence here.',
    );
  });

  it('otherwise cuts at a word boundary and adds an ellipsis within the limit', () => {
    const short = shortenText(
      'Use ratio and rate reasoning to solve real-world and mathematical problems, e.g., by reasoning',
      40,
    );
    expect(short).toBe('Use ratio and rate reasoning to solve…');
    expect(short.length).toBeLessThanOrEqual(40);
  });
});

describe('tidyText', () => {
  it('collapses line breaks and no-break spaces', () => {
    expect(tidyText('Identify information. \n\u00a0')).toBe('Identify information.');
    expect(tidyText('a\u00a0 b\n\nc')).toBe('a b c');
  });
});
