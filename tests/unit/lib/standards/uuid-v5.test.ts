import { describe, expect, it } from 'vitest';
import { URL_NAMESPACE, uuidV5 } from '../../../../src/lib/standards/uuid-v5';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('matches Python uuid5 for a name in the URL namespace', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.org/')
    expect(uuidV5('https://example.org/', URL_NAMESPACE)).toBe(
      '527dda32-a0de-5105-a042-cb475b5f7d11',
    );
  });

  it('gives the same identifier for the same name and different ones for different names', () => {
    expect(uuidV5('a', URL_NAMESPACE)).toBe(uuidV5('a', URL_NAMESPACE));
    expect(uuidV5('a', URL_NAMESPACE)).not.toBe(uuidV5('b', URL_NAMESPACE));
  });

  it('sets version 5 and the RFC variant', () => {
    expect(uuidV5('anything', URL_NAMESPACE)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('a', 'not-a-uuid')).toThrow('"not-a-uuid" is not a UUID.');
  });
});
