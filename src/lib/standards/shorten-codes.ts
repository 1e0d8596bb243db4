import { LIMITS } from './imported-competency';
import type { ImportNotes } from './import-notes';

/**
 * Fits codes into the schema's 20 characters. When any is longer, a prefix every code shares is
 * dropped from all of them, so they stay consistent and unique: first the leading words without
 * digits, which name the framework ("CCSS.Math.Content.6.RP.A.1" → "6.RP.A.1"), then further shared
 * parts only as far as needed. A code still too long is left out (its alignment keeps the source URI).
 */
export function shortenCodes(codes: (string | undefined)[], notes: ImportNotes): (string | undefined)[] {
  const present = codes.filter((code): code is string => code !== undefined);
  if (!present.some((code) => code.length > LIMITS.code)) return codes;
  const prefix = choosePrefix(present);
  if (prefix) notes.add(`code over ${LIMITS.code} characters: dropped the prefix "${prefix}" that every code shares`, present.length);
  return codes.map((code) => {
    if (code === undefined) return undefined;
    const short = code.slice(prefix.length);
    if (short.length <= LIMITS.code) return short;
    notes.add(`code over ${LIMITS.code} characters even without a shared prefix: left out`);
    return undefined;
  });
}

function choosePrefix(codes: string[]): string {
  // Shared parts, each with its separator, never a whole code.
  const parts = sharedParts(codes);
  let length = 0;
  while (length < parts.length && !/\d/.test(parts[length]!)) length++;
  const fits = (count: number) => codes.every((code) => code.length - parts.slice(0, count).join('').length <= LIMITS.code);
  while (length < parts.length && !fits(length)) length++;
  return parts.slice(0, length).join('');
}

function sharedParts(codes: string[]): string[] {
  const split = (code: string): string[] => code.match(/[^.\-_ ]*[.\-_ ]/g) ?? [];
  let shared: string[] = split(codes[0]!);
  for (const code of codes.slice(1)) {
    const parts = split(code);
    let index = 0;
    while (index < shared.length && shared[index] === parts[index]) index++;
    shared = shared.slice(0, index);
  }
  return shared;
}
