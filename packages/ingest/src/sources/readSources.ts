import { Readable } from 'node:stream';
import { readFile, opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText } from './decodeText.ts';
import { readFeedArticles } from './feedSource.ts';
import { readHtmlSource } from './htmlSource.ts';
import { readJsonArticles, readJsonLines, readJsonLinesFile } from './jsonSource.ts';
import { readMarkdownSource } from './markdownSource.ts';
import { finishArticle } from './articleRules.ts';
import { MAX_COLLECTION_FILE_BYTES, maxFileBytes, tooLargeMessage } from './fileSizeCaps.ts';
import { SourceError } from './sourceError.ts';
import { formatForFile, sniffSourceFormat, type SourceFormat } from './sourceFormat.ts';
import type { SourceItem } from './sourceItem.ts';
import { readTextArticle } from './textSource.ts';

export interface ReadSourcesOptions {
  /** Where '-' reads from (tests pass their own stream). */
  stdin?: NodeJS.ReadableStream;
}

/**
 * Every article in these paths: files, folders (recursively, in name order, hidden entries skipped) and '-'
 * for standard input. Lazy: one file is read at a time and JSON Lines stream, so memory stays flat.
 */
export async function* readSources(paths: string[], options: ReadSourcesOptions = {}): AsyncGenerator<SourceItem> {
  // Every article leaves through the same rules (http(s) links only, unknown dates said), whatever its format.
  for await (const item of readEveryPath(paths, options))
    yield item.article ? { article: finishArticle(item.article) } : item;
}

async function* readEveryPath(paths: string[], options: ReadSourcesOptions): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options.stdin ?? process.stdin);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { error: new SourceError('NOT_FOUND', path, 'no such file or folder') };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walkFolder(path)) yield* readOneFile(file, formatForFile(file)!);
      continue;
    }
    const format = formatForFile(path);
    if (!format) {
      yield {
        error: new SourceError(
          'UNSUPPORTED',
          path,
          'not a format ingest reads (.txt .md .html .json .jsonl .rss .atom .xml)',
        ),
      };
      continue;
    }
    yield* readOneFile(path, format);
  }
}

/** Files ingest can read under a folder, depth first, sorted so runs are repeatable. */
async function* walkFolder(dir: string): AsyncGenerator<string> {
  const entries = [];
  for await (const entry of await opendir(dir)) entries.push(entry);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFolder(full);
    else if (entry.isFile() && formatForFile(full)) yield full;
  }
}

export async function* readSourceFile(path: string, format: SourceFormat): AsyncGenerator<SourceItem> {
  for await (const item of readOneFile(path, format))
    yield item.article ? { article: finishArticle(item.article) } : item;
}

async function* readOneFile(path: string, format: SourceFormat): AsyncGenerator<SourceItem> {
  if (format === 'jsonl') {
    const info = await stat(path);
    if (info.size === 0) {
      yield { error: new SourceError('EMPTY_FILE', path, 'the file is empty') };
      return;
    }
    yield* readJsonLinesFile(path);
    return;
  }
  // Refused before reading: a file read whole must not be able to take the machine's memory.
  const cap = maxFileBytes(format);
  const size = cap === null ? 0 : (await stat(path)).size;
  if (cap !== null && size > cap) {
    yield { error: new SourceError('TOO_LARGE', path, tooLargeMessage(size, cap, format)) };
    return;
  }
  let content: string;
  try {
    content = decodeText(await readFile(path), path);
  } catch (error) {
    yield {
      error: error instanceof SourceError ? error : new SourceError('UNREADABLE', path, (error as Error).message),
    };
    return;
  }
  yield* parseContent(content, format, path);
}

export function* parseContent(content: string, format: SourceFormat, origin: string): Generator<SourceItem> {
  try {
    if (format === 'json') yield* readJsonArticles(content, origin);
    else if (format === 'feed') yield* readFeedArticles(content, origin);
    else if (format === 'md') yield { article: readMarkdownSource(content, origin) };
    else if (format === 'html') yield { article: readHtmlSource(content, origin) };
    else yield { article: readTextArticle(content, origin) };
  } catch (error) {
    yield {
      error: error instanceof SourceError ? error : new SourceError('UNREADABLE', origin, (error as Error).message),
    };
  }
}

async function* readStdin(stream: NodeJS.ReadableStream): AsyncGenerator<SourceItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    // Standard input is read whole (its format is judged from the content): stop at the collection cap.
    if (size > MAX_COLLECTION_FILE_BYTES) {
      yield { error: new SourceError('TOO_LARGE', '-', tooLargeMessage(size, MAX_COLLECTION_FILE_BYTES, 'stdin')) };
      return;
    }
    chunks.push(bytes);
  }
  let content: string;
  try {
    content = decodeText(Buffer.concat(chunks), '-');
  } catch (error) {
    yield { error: error as SourceError };
    return;
  }
  const format = sniffSourceFormat(content);
  if (format === 'jsonl') yield* readJsonLines(Readable.from([content]), '-');
  else yield* parseContent(content, format, '-');
}
