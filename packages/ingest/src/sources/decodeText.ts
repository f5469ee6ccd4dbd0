import { SourceError } from './sourceError.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes → text, refusing what is not an article: nothing at all, NUL bytes or invalid UTF-8 (binary). A BOM
 * is dropped so offsets start at the first character.
 */
export function decodeText(bytes: Uint8Array, origin: string): string {
  if (bytes.length === 0) throw new SourceError('EMPTY_FILE', origin, 'the file is empty');
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new SourceError('BINARY_FILE', origin, 'binary content (NUL bytes), not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SourceError('BINARY_FILE', origin, 'not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new SourceError('EMPTY_FILE', origin, 'the file holds only whitespace');
  return text;
}
