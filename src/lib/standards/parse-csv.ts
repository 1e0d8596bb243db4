import { ImportError } from './import-notes';

/** A CSV file as rows of cells, the first row being the header. */
export interface CsvTable {
  header: string[];
  /** Data rows as objects keyed by header name; short rows are padded with "". */
  rows: Record<string, string>[];
  /** Rows whose number of cells differed from the header's (1-based line of each row's start). */
  ragged: number[];
}

/**
 * Parses CSV as RFC 4180 describes it: fields separated by commas, optionally in double quotes, in
 * which commas, line breaks and doubled quotes ("") are plain text; CRLF, LF or CR line ends; a
 * byte-order mark is dropped; blank lines are skipped. An unterminated quote is an ImportError.
 */
export function parseCsv(text: string): CsvTable {
  const records: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let started = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRecord = () => {
    cells.push(field);
    if (cells.length > 1 || cells[0] !== '' || started) records.push({ cells, line: recordLine });
    cells = [];
    field = '';
    started = false;
  };
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && source[index + 1] !== '\n')) line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      started = true;
      quoteLine = line;
    } else if (char === ',') {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) throw new ImportError(`line ${quoteLine}: a quoted field is never closed. Close it with a double quote; write a quote inside a field as "".`);
  if (field !== '' || cells.length > 0 || started) endRecord();

  const [head, ...body] = records;
  if (!head) throw new ImportError('the file is empty: a CSV import needs a header row and at least one row.');
  const header = head.cells.map((name) => name.trim());
  const ragged: number[] = [];
  const rows = body.map(({ cells: values, line: at }) => {
    if (values.length !== header.length) ragged.push(at);
    return Object.fromEntries(header.map((name, column) => [name, values[column] ?? '']));
  });
  return { header, rows, ragged };
}
