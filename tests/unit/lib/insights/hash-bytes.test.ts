import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../../src/lib/insights/hash-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('hashBytes', () => {
  it('gives the same two hashes for the same bytes, wherever they come from', () => {
    expect(hashBytes(bytes('{"learnerId":"alice"}'))).toEqual(hashBytes(new Uint8Array(bytes('{"learnerId":"alice"}'))));
  });

  it('starts from FNV-1a’s published values, and the second hash is another one', () => {
    // FNV-1a 32: "" → 0x811c9dc5, "a" → 0xe40c292c.
    expect(hashBytes(bytes(''))[0]).toBe(0x811c9dc5);
    expect(hashBytes(bytes('a'))[0]).toBe(0xe40c292c);
    const [fnv, mix] = hashBytes(bytes('a'));
    expect(mix).not.toBe(fnv);
  });

  it('changes both hashes when one byte changes, and when two bytes swap', () => {
    const base = hashBytes(bytes('{"learnerId":"alice","at":"2026-01-01"}'));
    for (const other of ['{"learnerId":"alicf","at":"2026-01-01"}', '{"learnerId":"alice","at":"2026-01-10"}', '{"learnerId":"ailce","at":"2026-01-01"}']) {
      const hashes = hashBytes(bytes(other));
      expect(hashes[0]).not.toBe(base[0]);
      expect(hashes[1]).not.toBe(base[1]);
    }
  });

  it('finds no pair of 20,000 short files agreeing on both hashes, and gives 32-bit unsigned values', () => {
    const all = Array.from({ length: 20_000 }, (_, index) => hashBytes(bytes(`{"learnerId":"member-${index}"}`)));
    expect(all.flat().every((hash) => Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32)).toBe(true);
    expect(new Set(all.map((hashes) => hashes.join(':'))).size).toBe(20_000);
  });
});
