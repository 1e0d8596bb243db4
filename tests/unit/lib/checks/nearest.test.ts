import { describe, expect, it } from 'vitest';
import { findNearest, measureEditDistance, suggest } from '../../../../src/lib/checks/nearest';

describe('measureEditDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(measureEditDistance('kitten', 'sitting')).toBe(3);
    expect(measureEditDistance('', 'abc')).toBe(3);
    expect(measureEditDistance('same', 'same')).toBe(0);
  });
});

describe('findNearest', () => {
  it('finds the closest candidate, ignoring case', () => {
    expect(findNearest('Skil-A', ['skill-a', 'skill-b-long'])).toBe('skill-a');
  });

  it('allows two edits for short words and a third of the length for long ones', () => {
    expect(findNearest('ab', ['abcd'])).toBe('abcd');
    expect(findNearest('ab', ['abcde'])).toBeUndefined();
    expect(findNearest('text-alternativs-here', ['text-alternatives'])).toBe('text-alternatives');
  });

  it('finds nothing among no candidates', () => {
    expect(findNearest('anything', [])).toBeUndefined();
  });
});

describe('suggest', () => {
  it('asks "Did you mean" with the nearest candidate, or says nothing', () => {
    expect(suggest('durration', ['duration', 'level'])).toBe(' Did you mean "duration"?');
    expect(suggest('typography', ['duration', 'level'])).toBe('');
  });
});
