import { Readable } from 'node:stream';
import { finishArticle } from './articleRules.ts';
import { decodeText } from './decodeText.ts';
import { readJsonLines } from './jsonSource.ts';
import { parseContent } from './readSources.ts';
import { SourceError } from './sourceError.ts';
import { formatForFile } from './sourceFormat.ts';
import type { SourceItem } from './sourceItem.ts';

/**
 * The articles of a file that arrived as bytes (the page's upload) rather than as a path: the same format by
 * name, the same decoding and parsers and the same final rules as `readSources`, so an upload is read exactly as
 * `pnpm ingest <file>` would read it.
 */
export async function* readUploadedFile(name: string, bytes: Uint8Array): AsyncGenerator<SourceItem> {
  const format = formatForFile(name);
  if (!format) {
    yield {
      error: new SourceError(
        'UNSUPPORTED',
        name,
        'not a format ingest reads (.txt .md .html .json .jsonl .rss .atom .xml)',
      ),
    };
    return;
  }
  if (bytes.length === 0) {
    yield { error: new SourceError('EMPTY_FILE', name, 'the file is empty') };
    return;
  }
  let items: AsyncIterable<SourceItem> | Iterable<SourceItem>;
  if (format === 'jsonl') items = readJsonLines(Readable.from([Buffer.from(bytes)]), name);
  else {
    try {
      items = parseContent(decodeText(bytes, name), format, name);
    } catch (error) {
      yield {
        error: error instanceof SourceError ? error : new SourceError('UNREADABLE', name, (error as Error).message),
      };
      return;
    }
  }
  for await (const item of items) yield item.article ? { article: finishArticle(item.article) } : item;
}
