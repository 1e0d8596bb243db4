import type { Alignment } from '../../schemas';
import { SlugSchema } from '../../schemas/common';
import type { CsvMapping } from './csv-mapping';
import { type ImportedCompetency, LIMITS } from './imported-competency';
import type { ImportNotes } from './import-notes';
import type { CsvTable } from './parse-csv';
import { placeInTree } from './place-in-tree';
import { shortenCodes } from './shorten-codes';
import { shortenText, tidyText } from './shorten-text';
import { slugify, uniqueIds } from './slugify';

/**
 * Turns CSV rows into competencies through a column mapping: the tree from the parent column
 * (parents outside the file are ignored, so their children become areas), siblings in file order,
 * ids from the id column when it holds slugs and from the title otherwise.
 */
export function csvToCompetencies(table: CsvTable, mapping: CsvMapping, fileName: string, notes: ImportNotes): ImportedCompetency[] {
  notes.add('row with a different number of cells than the header: read by position', table.ragged.length);
  // Every mapped cell tidied once, so each repair is counted once.
  const columns = new Set([mapping.id, mapping.title, mapping.summary, mapping.description, mapping.code, mapping.alignmentUrl].filter((column): column is string => Boolean(column)));
  const tidied = table.rows.map((row) => {
    const copy = { ...row };
    for (const column of columns) {
      const tidy = tidyText(row[column] ?? '');
      if (tidy !== (row[column] ?? '')) notes.add('cell with stray white space (line breaks, no-break spaces): tidied');
      copy[column] = tidy;
    }
    return copy;
  });
  const cell = (row: Record<string, string>, column: string | undefined) => (column ? row[column] ?? '' : '');
  const rows: { key: string; row: Record<string, string> }[] = [];
  for (const row of tidied) {
    const key = row[mapping.id] ?? '';
    if (!key || !cell(row, mapping.title)) notes.add(`row without ${key ? 'a title' : 'an id'}: skipped`);
    else if (rows.some((earlier) => earlier.key === key)) notes.add('row repeating an earlier id: skipped');
    else rows.push({ key, row });
  }
  const keys = new Set(rows.map(({ key }) => key));

  const links = rows.map(({ key, row }, index) => {
    const values = splitValues(row[mapping.parent ?? ''] ?? '', mapping.separator);
    if (values.length > 1) notes.add(`parent cell with several values ("a${mapping.separator}b"): split`);
    const inFile = values.filter((value) => keys.has(value) && value !== key);
    notes.add('parent outside the file: ignored', values.length - inFile.length - (values.includes(key) ? 1 : 0));
    if (values.includes(key)) notes.add('row naming itself as parent: ignored');
    if (values.length > 0 && inFile.length === 0) notes.add('row with no parent in the file: became an area');
    if (inFile.length > 1) notes.add('several parents in the file: kept the first');
    return { child: key, parent: inFile[0], sequence: index };
  });
  const titles = rows.map(({ row }) => {
    const title = cell(row, mapping.title);
    const short = shortenText(title, LIMITS.title);
    if (short !== title) notes.add(`title over ${LIMITS.title} characters: shortened`);
    return short;
  });
  const codes = shortenCodes(rows.map(({ row }) => cell(row, mapping.code) || undefined), notes);
  const index = new Map(rows.map(({ key }, position) => [key, position]));
  const tree = placeInTree(rows.map(({ key }) => ({ key, sortKeys: [] })), links, notes);
  const slugs = tree.map(({ key }) => {
    if (SlugSchema.safeParse(key).success) return { id: key, key };
    notes.add('id column is not a slug: id made from the title');
    return { id: slugify(titles[index.get(key)!]!) || 'item', key };
  });
  const { ids, renamed } = uniqueIds(slugs);
  notes.add('two rows gave the same id: made unique with the start of their id column', renamed);
  const idOf = new Map(tree.map(({ key }, position) => [key, ids[position]!]));

  return tree.map(({ key, parent, order }) => {
    const position = index.get(key)!;
    const { row } = rows[position]!;
    const title = titles[position]!;
    const fullSummary = cell(row, mapping.summary);
    if (!fullSummary) notes.add('empty summary: used the title');
    const summary = shortenText(fullSummary || title, LIMITS.summary);
    if (summary !== (fullSummary || title)) notes.add(`summary over ${LIMITS.summary} characters: shortened, full text kept in the description`);
    const longer = mapping.description === mapping.summary ? (summary !== fullSummary ? fullSummary : '') : cell(row, mapping.description);
    const names = splitValues(row[mapping.alsoKnownAs ?? ''] ?? '', mapping.separator);
    const description = [longer, names.length ? `Also known as: ${names.join(', ')}.` : ''].filter(Boolean).join('\n\n');
    const url = cell(row, mapping.alignmentUrl);
    const code = codes[position];
    const alignments: Alignment[] = [];
    if (/^https?:\/\/\S+$/.test(url)) alignments.push({ framework: mapping.framework, ...(code ? { code } : {}), url });
    else if (url) notes.add('alignment URL that is not a web address: left out');
    return {
      id: idOf.get(key)!,
      data: { title, code, parent: parent ? idOf.get(parent) : undefined, order, summary, description: description || undefined, alignments },
      source: `Imported by npm run import:csv from ${fileName}, row ${key}.`,
    };
  });
}

/** The values of a multi-value cell, tidied, without empty ones. */
function splitValues(cell: string, separator: string): string[] {
  const values = separator.trim() ? cell.split(separator.trim()) : [cell];
  return values.map(tidyText).filter(Boolean);
}
