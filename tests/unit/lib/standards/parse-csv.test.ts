import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/lib/standards/parse-csv';

describe('parseCsv', () => {
  it('reads a header and rows keyed by column name', () => {
    expect(parseCsv('id,title\na,Alpha\nb,Beta\n')).toEqual({
      header: ['id', 'title'],
      rows: [
        { id: 'a', title: 'Alpha' },
        { id: 'b', title: 'Beta' },
      ],
      ragged: [],
    });
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields as text', () => {
    const { rows } = parseCsv(
      'id,text\r\n1,"one, two"\r\n2,"line one\r\nline two"\r\n3,"say ""hi"""\r\n',
    );
    expect(rows.map((row) => row.text)).toEqual(['one, two', 'line one\r\nline two', 'say "hi"']);
  });

  it('drops a byte-order mark, skips blank lines and reads a last line without a line break', () => {
    expect(parseCsv('\uFEFFid\n\na\r\rb').rows).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('keeps an empty quoted field as a row', () => {
    expect(parseCsv('id\n""\n').rows).toEqual([{ id: '' }]);
  });

  it('pads short rows, ignores extra cells and reports the line of each ragged row', () => {
    const table = parseCsv('a,b\n1\n"multi\nline",2,3\n');
    expect(table.rows).toEqual([
      { a: '1', b: '' },
      { a: 'multi\nline', b: '2' },
    ]);
    expect(table.ragged).toEqual([2, 3]);
  });

  it('names the line where a quoted field is never closed', () => {
    expect(() => parseCsv('id,text\n1,ok\n2,"never\nclosed\n')).toThrow(
      'line 3: a quoted field is never closed. Close it with a double quote; write a quote inside a field as "".',
    );
  });

  it('refuses an empty file', () => {
    expect(() => parseCsv('\n\n')).toThrow(
      'the file is empty: a CSV import needs a header row and at least one row.',
    );
  });
});
