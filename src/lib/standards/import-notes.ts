/** One kind of thing an import normalised or left out, and how often it happened. */
export interface ImportNote {
  /** What was done, as a sentence fragment an editor understands, e.g. `sequenceNumber written as text: read as a number`. */
  kind: string;
  count: number;
}

/** Collects what an import normalised, counted per kind, in the order kinds first occur. */
export interface ImportNotes {
  /** Counts one more occurrence (or `count` more) of a kind. */
  add(kind: string, count?: number): void;
  /** Every kind with its count. */
  list(): ImportNote[];
}

/** Creates an empty collector. */
export function createImportNotes(): ImportNotes {
  const counts = new Map<string, number>();
  return {
    add: (kind, count = 1) => {
      if (count > 0) counts.set(kind, (counts.get(kind) ?? 0) + count);
    },
    list: () => [...counts].map(([kind, count]) => ({ kind, count })),
  };
}

/** Thrown when an import file cannot be used at all; the message says what is wrong and what to do. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
