import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
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
  const list =
    Array.isArray(value) ? value
    : value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles) ? (value as { articles: unknown[] }).articles
    : [value];
  if (list.length === 0) yield { error: new SourceError('EMPTY_FILE', origin, 'no article objects in the file') };
  for (let i = 0; i < list.length; i++) yield toSourceArticle(list[i], list.length === 1 ? origin : `${origin}#${i}`);
}

/**
 * JSON Lines, read line by line so a file of any size streams in constant memory. A malformed line is a
 * per-line error; the next line is read as usual.
 */
export async function* readJsonLines(input: Readable, origin: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let any = false;
  for await (const raw of lines) {
    lineNo += 1;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    any = true;
    const where = `${origin}:${lineNo}`;
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
  return readJsonLines(createReadStream(path, { encoding: 'utf8' }), path);
}
