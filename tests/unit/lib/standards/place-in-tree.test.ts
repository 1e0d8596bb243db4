import { describe, expect, it } from 'vitest';
import { createImportNotes } from '../../../../src/lib/standards/import-notes';
import { placeInTree } from '../../../../src/lib/standards/place-in-tree';

const item = (key: string, ...sortKeys: (string | undefined)[]) => ({ key, sortKeys });

describe('placeInTree', () => {
  it('lists each parent before its children and numbers siblings by sequence, then sort keys, naturally', () => {
    const notes = createImportNotes();
    const places = placeInTree(
      [item('c10', '10.'), item('root-b'), item('c2', '2.'), item('root-a'), item('c-none')],
      [
        { child: 'root-a', sequence: 1 },
        { child: 'root-b', sequence: 2 },
        { child: 'c10', parent: 'root-a' },
        { child: 'c2', parent: 'root-a' },
        { child: 'c-none', parent: 'root-a', sequence: 1 },
      ],
      notes,
    );
    expect(places).toEqual([
      { key: 'root-a', parent: undefined, order: 1 },
      { key: 'c-none', parent: 'root-a', order: 1 },
      { key: 'c2', parent: 'root-a', order: 2 },
      { key: 'c10', parent: 'root-a', order: 3 },
      { key: 'root-b', parent: undefined, order: 2 },
    ]);
    expect(notes.list()).toEqual([]);
  });

  it('keeps the first of several parents, puts unlinked items and unknown parents at the top, and breaks loops', () => {
    const notes = createImportNotes();
    const places = placeInTree(
      [item('a'), item('b'), item('x'), item('y'), item('lone'), item('orphan')],
      [
        { child: 'b', parent: 'a' },
        { child: 'b', parent: 'x' },
        { child: 'x', parent: 'y' },
        { child: 'y', parent: 'x' },
        { child: 'orphan', parent: 'not-here' },
      ],
      notes,
    );
    expect(places.find((place) => place.key === 'b')?.parent).toBe('a');
    expect(
      places
        .filter((place) => !place.parent)
        .map((place) => place.key)
        .sort(),
    ).toEqual(['a', 'lone', 'orphan', 'x']);
    expect(places).toHaveLength(6);
    expect(notes.list()).toEqual([
      { kind: 'item with several parents: kept the first', count: 1 },
      { kind: 'parent links form a loop: broken, one item became an area', count: 1 },
    ]);
  });
});
