import { sha1 } from './sha1';

/** The RFC 9562 namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * A name-based UUID (version 5, SHA-1) per RFC 9562 §5.5: the same namespace and name always give
 * the same identifier, so exported CASE identifiers survive rebuilds. Pure: runs in Node and in the browser.
 */
export function uuidV5(name: string, namespace: string): string {
  const space = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(space)) throw new TypeError(`"${namespace}" is not a UUID.`);
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) input[i] = parseInt(space.slice(i * 2, i * 2 + 2), 16);
  input.set(nameBytes, 16);
  const bytes = sha1(input).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
