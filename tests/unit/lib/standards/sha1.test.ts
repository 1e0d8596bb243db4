import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1 } from '../../../../src/lib/standards/sha1';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const encode = (text: string) => new TextEncoder().encode(text);

describe('sha1', () => {
  it('matches the FIPS 180-4 examples for "abc" and the empty message', () => {
    expect(hex(sha1(encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });

  it('agrees with Node for every length around the 64-byte block and padding edges', () => {
    for (let length = 0; length <= 130; length++) {
      const message = Uint8Array.from({ length }, (_, i) => (i * 37 + length) % 256);
      expect(hex(sha1(message)), `length ${length}`).toBe(createHash('sha1').update(message).digest('hex'));
    }
  });

  it('hashes non-ASCII text by its UTF-8 bytes', () => {
    expect(hex(sha1(encode('Übung 🎓')))).toBe(createHash('sha1').update('Übung 🎓', 'utf8').digest('hex'));
  });
});
