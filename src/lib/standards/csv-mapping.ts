import { ImportError } from './import-notes';

/** Which CSV column holds which competency field. */
export interface CsvMapping {
  /** Each row's identifier, the value `parent` cells refer to (e.g. ESCO's conceptUri). */
  id: string;
  title: string;
  summary: string;
  /** Longer text; when it is the summary's column it is written only where the summary had to be shortened. */
  description?: string;
  /** The parent's identifier; several separated by `separator`, the first one in the file wins. */
  parent?: string;
  code?: string;
  /** The item's URL in its source framework, kept as an alignment. */
  alignmentUrl?: string;
  /** Alternative names, listed in the description as "Also known as". */
  alsoKnownAs?: string;
  /** The source framework's name, for alignments. */
  framework: string;
  /** What separates several values in one cell. */
  separator: string;
}

/** The columns of an ESCO skills CSV export (download service of the European Commission). */
const ESCO: Omit<CsvMapping, 'separator'> = {
  id: 'conceptUri',
  title: 'preferredLabel',
  summary: 'description',
  description: 'description',
  parent: 'broaderConceptUri',
  alignmentUrl: 'conceptUri',
  alsoKnownAs: 'altLabels',
  framework: 'ESCO',
};

/** Column names a generic file is read with when no flag names them. */
const GENERIC: Partial<Record<keyof CsvMapping, string[]>> = {
  id: ['id', 'identifier', 'slug'],
  title: ['title', 'name', 'label'],
  summary: ['summary', 'description', 'statement'],
  description: ['description'],
  parent: ['parent', 'parentId', 'parent_id'],
  code: ['code'],
  alignmentUrl: ['url', 'uri'],
};

/**
 * The mapping for a file: flags first, then ESCO's columns when the header is ESCO's, then
 * columns with the usual names. Throws an ImportError naming missing or unknown columns.
 */
export function resolveCsvMapping(header: string[], flags: Partial<CsvMapping>): { mapping: CsvMapping; preset: 'ESCO' | 'generic' } {
  const isEsco = header.includes('conceptUri') && header.includes('preferredLabel');
  const find = (names: string[] = []) => header.find((column) => names.some((name) => name.toLowerCase() === column.toLowerCase()));
  const defaults: Partial<CsvMapping> = isEsco
    ? ESCO
    : Object.fromEntries(Object.entries(GENERIC).map(([field, names]) => [field, find(names)]).filter(([, column]) => column));
  const mapping = { framework: isEsco ? 'ESCO' : 'Imported framework', separator: ' | ', ...defaults, ...definedOnly(flags) } as CsvMapping;
  if (!isEsco && !flags.description && mapping.description === mapping.summary) delete mapping.description;

  const missing = (['id', 'title', 'summary'] as const).filter((field) => !mapping[field]);
  if (missing.length) throw new ImportError(`no column for ${missing.join(', ')}: name it with ${missing.map((field) => `--${field} <column>`).join(' ')}. The file's columns are: ${header.join(', ')}.`);
  const columns: (keyof CsvMapping)[] = ['id', 'title', 'summary', 'description', 'parent', 'code', 'alignmentUrl', 'alsoKnownAs'];
  const unknown = columns.filter((field) => mapping[field] && !header.includes(mapping[field]!));
  if (unknown.length) throw new ImportError(`${unknown.map((field) => `${flagName(field)} "${mapping[field]}"`).join(', ')}: no such column. The file's columns are: ${header.join(', ')}.`);
  return { mapping, preset: isEsco ? 'ESCO' : 'generic' };
}

function flagName(field: keyof CsvMapping): string {
  return `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function definedOnly<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
