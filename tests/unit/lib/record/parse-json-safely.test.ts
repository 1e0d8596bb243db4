import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from '../../../../src/lib/record/parse-json-safely';

describe('parseJsonSafely', () => {
  it('drops __proto__, constructor and prototype keys at any depth', () => {
    const parsed = parseJsonSafely('{"a":{"__proto__":{"x":1},"constructor":2,"b":[{"prototype":3,"c":4}]}}');
    expect(parsed).toEqual({ a: { b: [{ c: 4 }] } });
    expect(Object.keys((parsed as { a: object }).a)).toEqual(['b']);
  });

  it('drops an unsafe key spelt with \\u escapes', () => {
    expect(parseJsonSafely('{"\\u005f_proto__":{"x":1},"con\\u0073tructor":1,"ok":true}')).toEqual({ ok: true });
  });

  it('keeps the words as values and inside longer keys', () => {
    expect(parseJsonSafely('{"note":"a constructor","my_prototype_id":1}')).toEqual({ note: 'a constructor', my_prototype_id: 1 });
  });

  it('parses text without any of them exactly as JSON.parse does', () => {
    const text = '{"a":[1,2,{"b":null}],"c":"d\\n"}';
    expect(parseJsonSafely(text)).toEqual(JSON.parse(text));
  });

  it('throws a SyntaxError for text that is not JSON', () => {
    expect(() => parseJsonSafely('{"a":')).toThrow(SyntaxError);
  });
});
