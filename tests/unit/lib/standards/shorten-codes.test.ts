import { describe, expect, it } from 'vitest';
import { createImportNotes } from '../../../../src/lib/standards/import-notes';
import { shortenCodes } from '../../../../src/lib/standards/shorten-codes';

describe('shortenCodes', () => {
  it('keeps codes that fit', () => {
    const notes = createImportNotes();
    expect(shortenCodes(['1.1', undefined, '1.10'], notes)).toEqual(['1.1', undefined, '1.10']);
    expect(notes.list()).toEqual([]);
  });

  it('drops the dotted prefix every code shares when any code is too long', () => {
    const notes = createImportNotes();
    expect(
      shortenCodes(['CCSS.Math.Content.6.RP.A', 'CCSS.Math.Content.6.RP.A.3a', undefined], notes),
    ).toEqual(['6.RP.A', '6.RP.A.3a', undefined]);
    expect(notes.list()).toEqual([
      {
        kind: 'code over 20 characters: dropped the prefix "CCSS.Math.Content." that every code shares',
        count: 2,
      },
    ]);
  });

  it('drops further shared parts only as far as needed', () => {
    expect(
      shortenCodes(['X.1.22.333.4444.55555.6', 'X.1.22.333.4444.55555.7'], createImportNotes()),
    ).toEqual(['22.333.4444.55555.6', '22.333.4444.55555.7']);
  });

  it('leaves out a code that is still too long', () => {
    const notes = createImportNotes();
    expect(shortenCodes(['A-very-long-code-without-any-shared-part', 'B'], notes)).toEqual([
      undefined,
      'B',
    ]);
    expect(notes.list()).toEqual([
      { kind: 'code over 20 characters even without a shared prefix: left out', count: 1 },
    ]);
  });
});
