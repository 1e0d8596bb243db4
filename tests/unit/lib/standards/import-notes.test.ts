import { describe, expect, it } from 'vitest';
import { createImportNotes } from '../../../../src/lib/standards/import-notes';

describe('createImportNotes', () => {
  it('counts each kind in the order kinds first occur, and ignores zero counts', () => {
    const notes = createImportNotes();
    notes.add('b');
    notes.add('a', 3);
    notes.add('b');
    notes.add('c', 0);
    expect(notes.list()).toEqual([
      { kind: 'b', count: 2 },
      { kind: 'a', count: 3 },
    ]);
  });
});
