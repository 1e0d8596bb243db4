import type { ImportNotes } from './import-notes';

/** An item to place: its key and the values that order it among siblings after `sequence`. */
export interface TreeItem {
  key: string;
  sortKeys: (string | undefined)[];
}

/** "`child` sits under `parent`" (no parent: at the top), at `sequence` among its siblings. */
export interface TreeLink {
  child: string;
  parent?: string;
  sequence?: number;
}

/** An item's place: its parent and 1-based position among its siblings. */
export interface TreePlace {
  key: string;
  parent?: string;
  order: number;
}

/**
 * Places items in a tree, depth-first with each parent before its children. An item with several
 * parent links keeps the first; one with none, or whose parent is unknown, goes to the top; a loop
 * is broken by moving the item where it closes to the top. Siblings are ordered by sequence
 * (missing last), then by their sort keys compared as natural text ("2" before "10"), then by key.
 */
export function placeInTree(items: TreeItem[], links: TreeLink[], notes: ImportNotes): TreePlace[] {
  const known = new Map(items.map((item) => [item.key, item]));
  const chosen = new Map<string, TreeLink>();
  for (const link of links) {
    if (!known.has(link.child)) continue;
    const earlier = chosen.get(link.child);
    if (!earlier) chosen.set(link.child, link);
    else if (earlier.parent !== link.parent) notes.add('item with several parents: kept the first');
  }
  const parentOf = (key: string) => {
    const parent = chosen.get(key)?.parent;
    return parent && known.has(parent) ? parent : undefined;
  };
  for (const item of items) {
    const seen = new Set<string>([item.key]);
    for (let parent = parentOf(item.key); parent; parent = parentOf(parent)) {
      if (seen.has(parent)) {
        notes.add('parent links form a loop: broken, one item became an area');
        chosen.set(parent, { child: parent, sequence: chosen.get(parent)?.sequence });
        break;
      }
      seen.add(parent);
    }
  }

  const children = new Map<string | undefined, TreeItem[]>();
  for (const item of items) children.set(parentOf(item.key), [...(children.get(parentOf(item.key)) ?? []), item]);
  const compare = (a: TreeItem, b: TreeItem) => {
    const bySequence = (chosen.get(a.key)?.sequence ?? Infinity) - (chosen.get(b.key)?.sequence ?? Infinity);
    if (bySequence) return bySequence;
    for (let index = 0; index < Math.max(a.sortKeys.length, b.sortKeys.length); index++) {
      const byKey = compareText(a.sortKeys[index], b.sortKeys[index]);
      if (byKey) return byKey;
    }
    return compareText(a.key, b.key);
  };
  const places: TreePlace[] = [];
  const visit = (parent: string | undefined) => {
    (children.get(parent) ?? []).sort(compare).forEach((item, index) => {
      places.push({ key: item.key, parent, order: index + 1 });
      visit(item.key);
    });
  };
  visit(undefined);
  return places;
}

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a.localeCompare(b, 'en', { numeric: true });
}
