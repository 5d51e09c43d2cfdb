/**
 * Inline text from a source: an Attachment's base64 `data` read as UTF-8 (bad byte sequences become
 * U+FFFD). `undefined` when the value is not base64 at all (a corrupt attachment is then said, never
 * shown as noise). Pure: the same in Node and the browser.
 */
export function decodeBase64Text(data: unknown): string | undefined {
  if (typeof data !== 'string') return undefined;
  const clean = data.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    const binary = atob(clean);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return undefined;
  }
}
