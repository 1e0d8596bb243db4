import { Document, isScalar, Scalar, visit } from 'yaml';
import type { Alignment } from '../../schemas';

/** The fields an import writes to `content/competencies/<id>.yaml` (see src/schemas/competency.ts). */
export interface ImportedCompetencyData {
  title: string;
  code?: string;
  parent?: string;
  order: number;
  summary: string;
  description?: string;
  alignments?: Alignment[];
}

/** One competency file an import produces. */
export interface ImportedCompetency {
  /** The file name without `.yaml`. */
  id: string;
  data: ImportedCompetencyData;
  /** Where it came from, written as the file's first comment line. */
  source: string;
}

/** The most characters the schema allows in a title, summary and code. */
export const LIMITS = { title: 120, summary: 300, code: 20 } as const;

const KEY_ORDER: (keyof ImportedCompetencyData)[] = ['title', 'code', 'parent', 'order', 'summary', 'description', 'alignments'];

/**
 * The YAML text of a competency file, in the key order of the bundled framework, with `code`
 * always quoted (so "1.10" stays text) and a comment naming the source.
 */
export function toCompetencyYaml({ data, source }: ImportedCompetency): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = data[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    ordered[key] = value;
  }
  const doc = new Document(ordered);
  doc.commentBefore = ` ${source.replace(/\n/g, ' ')}`;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'code' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
