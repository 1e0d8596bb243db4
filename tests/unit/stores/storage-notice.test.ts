import { describe, expect, it } from 'vitest';
import { claimStorageNotice } from '../../../src/stores/storage-notice';

describe('claimStorageNotice', () => {
  it('lets the first notice on the page tell the learner, again if it asks again, and no other', () => {
    const first = Symbol('first');
    const second = Symbol('second');
    expect(claimStorageNotice(first)).toBe(true);
    expect(claimStorageNotice(second)).toBe(false);
    expect(claimStorageNotice(first)).toBe(true);
  });
});
