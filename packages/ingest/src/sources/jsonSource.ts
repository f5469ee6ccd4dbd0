import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { jsonArticleSchema, type SourceArticle } from './sourceArticle.ts';
import { SourceError } from './sourceError.ts';
import type { SourceItem } from './sourceItem.ts';

/** A validated JSON article object → SourceArticle, or a per-object INVALID_ARTICLE error. */
export function toSourceArticle(value: unknown, origin: string): SourceItem {
  const parsed = jsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'object'}: ${i.message}`).join('; ');
    return { error: new SourceError('INVALID_ARTICLE', origin, `not an article object (${problems})`) };
  }
  const { id, url, title, publishedAt, source, language, text } = parsed.data;
  const article: SourceArticle = { text, title, publishedAt, origin };
  if (id) article.externalId = id;
  if (url) article.url = url;
  if (source) article.source = source;
  if (language) article.language = language;
  return { article };
}

/** A .json file: one article object, an array of them, or `{ "articles": [...] }`. */
export function* readJsonArticles(content: string, origin: string): Generator<SourceItem> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    yield { error: new SourceError('MALFORMED_JSON', origin, `malformed JSON: ${(error as Error).message}`) };
    return;
  }
  const list = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : [value];
  if (list.length === 0) yield { error: new SourceError('EMPTY_FILE', origin, 'no article objects in the file') };
  for (let i = 0; i < list.length; i++) yield toSourceArticle(list[i], list.length === 1 ? origin : `${origin}#${i}`);
}

/** Lines of a byte stream, split on \n before decoding so invalid UTF-8 is an error of its own line only. */
async function* byteLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = bytes.indexOf(10); nl !== -1; nl = bytes.indexOf(10, start)) {
      pending.push(bytes.subarray(start, nl));
      yield Buffer.concat(pending);
      pending = [];
      start = nl + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON Lines, read line by line so a file of any size streams in constant memory. A malformed line (bad JSON,
 * NUL bytes, invalid UTF-8) is a per-line error; the next line is read as usual.
 */
export async function* readJsonLines(input: Readable, origin: string): AsyncGenerator<SourceItem> {
  let lineNo = 0;
  let any = false;
  for await (const bytes of byteLines(input)) {
    lineNo += 1;
    const where = `${origin}:${lineNo}`;
    let raw: string;
    try {
      raw = utf8.decode(bytes); // also drops a BOM at the start of the line
    } catch {
      any = true;
      yield { error: new SourceError('BINARY_FILE', where, 'this line is not valid UTF-8 text') };
      continue;
    }
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    any = true;
    if (line.includes('\u0000')) {
      yield { error: new SourceError('BINARY_FILE', where, 'binary content (NUL bytes) on this line') };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { error: new SourceError('MALFORMED_JSON', where, `malformed JSON line: ${(error as Error).message}`) };
      continue;
    }
    yield toSourceArticle(value, where);
  }
  if (!any) yield { error: new SourceError('EMPTY_FILE', origin, 'no lines with content') };
}

export function readJsonLinesFile(path: string): AsyncGenerator<SourceItem> {
  // Bytes, not a utf8 stream: a utf8 stream would turn invalid bytes into U+FFFD silently.
  return readJsonLines(createReadStream(path), path);
}
