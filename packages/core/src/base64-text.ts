/**
 * Base64 from a source (an Attachment's `data`, a Binary's): read strictly, with whitespace
 * (line breaks) allowed. Pure: the same in Node and the browser.
 */

/**
 * The bytes of a base64 value; `undefined` when it is not base64 at all (a character outside the
 * alphabet, padding in the middle, a lone character past the last group), so a corrupt attachment
 * is said to be corrupt, never shown as noise.
 */
export function decodeBase64(data: unknown): Uint8Array | undefined {
  if (typeof data !== 'string') return undefined;
  const clean = data.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Inline text: base64 read as UTF-8 (bad byte sequences become U+FFFD); `undefined` when it is not base64. */
export function decodeBase64Text(data: unknown): string | undefined {
  const bytes = decodeBase64(data);
  return bytes ? new TextDecoder('utf-8', { fatal: false }).decode(bytes) : undefined;
}

/** How many bytes a base64 value holds, without decoding it (whitespace ignored). */
export function base64Size(data: string): number {
  const clean = data.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}
