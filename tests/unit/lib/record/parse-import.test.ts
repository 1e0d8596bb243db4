import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES, parseImportFile } from '../../../../src/lib/record/parse-import';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/records/${name}`, import.meta.url)));
const json = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/records/${name}`, import.meta.url), 'utf8').replace(/^\uFEFF/, ''));
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const context = { siteId: 'adc-academy', now: '2025-03-14T12:00:00.000Z' };
const parse = (name: string) => parseImportFile(bytes(name), context);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseImportFile: files it accepts', () => {
  it('reads an export of this site with no warnings', () => {
    const result = parse('valid/v1-record.json');
    const expected = json('valid/v1-record.json');
    expect(result).toEqual({ ok: true, file: expected, record: expected.record, warnings: [] });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(parse('valid/bom.json')).toEqual(parse('valid/v1-record.json'));
  });

  it('warns, before anything happens, that a file comes from another site', () => {
    const result = parse('valid/other-site.json');
    expect(result.ok && result.warnings).toMatchInlineSnapshot(`
      [
        "This file comes from the site "design-academy", not this one ("adc-academy"). Importing adds its progress to your record here; lessons and competencies this site does not have are kept but not shown.",
      ]
    `);
    expect(result.ok && result.record).toEqual(json('valid/v1-record.json').record);
  });

  it('migrates an export of an older version and says from which', () => {
    const result = parse('valid/v0-record.json');
    expect(result).toMatchObject({ ok: true, migratedFrom: 0, file: { version: 1, exportedAt: '2024-12-01T12:00:00.000Z', record: { version: 1, learnerId: 'tester-7' } } });
  });

  it('drops __proto__, constructor and prototype keys at every depth and leaves Object.prototype alone', () => {
    const result = parse('valid/proto-keys.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.record.lessons)).toEqual(['alt-text-basics']);
    expect(Object.keys(result.record.attempts[0]!.answers)).toEqual(['decorative']);
    expect(result.record.attempts[0]!.answers.decorative).toEqual({ type: 'single', choice: 1 });
    expect(Object.getPrototypeOf(result.record.lessons)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('parseImportFile: files it refuses, each with one message and no record', () => {
  it('refuses a 50 MB file at once, before decoding a byte', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const result = parseImportFile(new Uint8Array(50 * 1024 * 1024), context);
    expect(decode).not.toHaveBeenCalled();
    parse('valid/v1-record.json');
    expect(decode, 'the spy sees decoding of a file under the cap').toHaveBeenCalledTimes(1);
    expect(result).toMatchInlineSnapshot(`
      {
        "code": "too-large",
        "message": "This file is 50 MB, more than the 5 MB a learner record export can be, so it was not read. Choose the file you exported from Micropath (named like micropath-<site>-<date>.json).",
        "ok": false,
      }
    `);
  });

  it('accepts a file of exactly the size cap and refuses one byte more', () => {
    const padded = (size: number) => {
      const file = encode(json('valid/v1-record.json'));
      const out = new Uint8Array(size).fill(0x20);
      out.set(file);
      return out;
    };
    expect(parseImportFile(padded(4096), context, 4096).ok).toBe(true);
    expect(parseImportFile(padded(4097), context, 4096)).toMatchObject({ ok: false, code: 'too-large' });
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses an empty file', () => {
    expect(parse('invalid/empty.json')).toMatchInlineSnapshot(`
      {
        "code": "empty",
        "message": "This file is empty, so there is nothing to import. Choose the file you exported from Micropath (named like micropath-<site>-<date>.json).",
        "ok": false,
      }
    `);
  });

  it('refuses a file of only white space or only a byte order mark as empty', () => {
    expect(parseImportFile(encode(' \n\t '), context)).toMatchObject({ ok: false, code: 'empty' });
    expect(parseImportFile(new Uint8Array([0xef, 0xbb, 0xbf]), context)).toMatchObject({ ok: false, code: 'empty' });
  });

  it('refuses UTF-16 text, saying to save it as UTF-8', () => {
    expect(parse('invalid/utf16.json')).toMatchInlineSnapshot(`
      {
        "code": "utf16",
        "message": "This file is saved as UTF-16 text, but a Micropath export is UTF-8. Open it in a text editor, save it with the encoding "UTF-8", and import it again.",
        "ok": false,
      }
    `);
  });

  it('refuses UTF-16 text without a byte order mark, known by its NUL bytes, and big-endian UTF-16', () => {
    expect(parse('invalid/utf16-no-bom.json')).toMatchObject({ ok: false, code: 'utf16' });
    expect(parseImportFile(new Uint8Array([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]), context)).toMatchObject({ ok: false, code: 'utf16' });
  });

  it('refuses text that is not valid UTF-8', () => {
    expect(parse('invalid/not-utf8.json')).toMatchInlineSnapshot(`
      {
        "code": "not-utf8",
        "message": "This file is not UTF-8 text, so it cannot be a Micropath export. If you edited it, save it with the encoding "UTF-8"; otherwise choose the file you exported from Micropath (named like micropath-<site>-<date>.json).",
        "ok": false,
      }
    `);
  });

  it('refuses a file that is not JSON', () => {
    expect(parse('invalid/not-json.txt')).toMatchInlineSnapshot(`
      {
        "code": "not-json",
        "message": "This file is not valid JSON, so it cannot be a Micropath export. Choose the file you exported from Micropath (named like micropath-<site>-<date>.json).",
        "ok": false,
      }
    `);
  });

  it('says where the JSON breaks when the engine tells', () => {
    expect(parse('invalid/trailing-comma.json')).toMatchInlineSnapshot(`
      {
        "code": "not-json",
        "message": "This file is not valid JSON (the problem is at line 4, column 1), so it cannot be a Micropath export. Choose the file you exported from Micropath (named like micropath-<site>-<date>.json).",
        "ok": false,
      }
    `);
  });

  it('refuses JSON that is not a Micropath export', () => {
    expect(parse('invalid/not-micropath.json')).toMatchInlineSnapshot(`
      {
        "code": "not-micropath",
        "message": "This file is JSON but not a Micropath learner record: it lacks "format": "micropath-learner-record". Choose the file you exported from Micropath (named like micropath-<site>-<date>.json).",
        "ok": false,
      }
    `);
    expect(parseImportFile(encode('[1, 2, 3]'), context)).toMatchObject({ ok: false, code: 'not-micropath' });
    expect(parseImportFile(encode('"micropath-learner-record"'), context)).toMatchObject({ ok: false, code: 'not-micropath' });
  });

  it('refuses a file whose format only a prototype would supply, and leaves Object.prototype alone', () => {
    expect(parse('invalid/proto-pollution.json')).toMatchObject({ ok: false, code: 'not-micropath' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).format).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('refuses an export of a newer version, naming both versions', () => {
    expect(parse('invalid/newer-version.json')).toMatchInlineSnapshot(`
      {
        "code": "newer-version",
        "message": "This learner record is version 2, from a newer Micropath than this site, which reads records up to version 1. Reload the page in case the site has been updated since; if that does not help, ask the site’s maintainers to update it, or import an export made on this site.",
        "ok": false,
      }
    `);
  });

  it('refuses an export whose record alone is of a newer version', () => {
    const file = json('valid/v1-record.json');
    file.record.version = 3;
    expect(parseImportFile(encode(file), context)).toMatchObject({ ok: false, code: 'newer-version', message: expect.stringContaining('version 3') });
  });

  it('refuses a record of the wrong shape, naming the first bad path', () => {
    expect(parse('invalid/wrong-shape.json')).toMatchInlineSnapshot(`
      {
        "code": "wrong-shape",
        "message": "The learner record in this file is not valid at attempts[0].score: expected a number from 0 to 1, found 85. The file may have been edited or damaged: export it again from the site it came from, or choose another file.",
        "ok": false,
      }
    `);
  });

  it('refuses an export whose own fields are wrong, naming the field', () => {
    const noSite = json('valid/v1-record.json');
    delete noSite.site;
    expect(parseImportFile(encode(noSite), context)).toMatchInlineSnapshot(`
      {
        "code": "wrong-shape",
        "message": "This Micropath export is not valid at site: expected an object, found nothing. The file may have been edited or damaged: export it again from the site it came from, or choose another file.",
        "ok": false,
      }
    `);
    const badTime = json('valid/v1-record.json');
    badTime.exportedAt = 'today';
    expect(parseImportFile(encode(badTime), context)).toMatchObject({ ok: false, code: 'wrong-shape', message: expect.stringContaining('at exportedAt:') });
    const badVersion = json('valid/v1-record.json');
    badVersion.version = 'one';
    expect(parseImportFile(encode(badVersion), context)).toMatchObject({ ok: false, code: 'wrong-shape', message: expect.stringContaining('at version:') });
  });
});
