import { MAX_TEXT_LENGTH } from '@newsgraph/extract';
import type { SourceFormat } from './sourceFormat.ts';

const MiB = 1024 * 1024;

/**
 * How large a file may be before ingest refuses it unread (issue 12 §2: a 20 MB article once took 3.2 GB).
 * A one-article file (.txt .md .html) holds at most the extractor's MAX_TEXT_LENGTH characters (2 Mi); its bytes may
 * be up to 4× that (UTF-8 and HTML markup), so 8 MiB. A collection (.json, a feed) is read whole to be parsed, so it
 * gets a cap of its own (64 MiB); each of its articles still meets the extractor's limit. JSON Lines are streamed
 * line by line and need no file cap; standard input is read whole, so it has the collection cap.
 */
export const MAX_ARTICLE_FILE_BYTES = 4 * MAX_TEXT_LENGTH;
export const MAX_COLLECTION_FILE_BYTES = 64 * MiB;

export function maxFileBytes(format: SourceFormat): number | null {
  if (format === 'jsonl') return null;
  return format === 'json' || format === 'feed' ? MAX_COLLECTION_FILE_BYTES : MAX_ARTICLE_FILE_BYTES;
}

/** The refusal's sentence: the size, the cap, and what to do instead. */
export function tooLargeMessage(bytes: number, cap: number, format: SourceFormat | 'stdin'): string {
  const mb = (n: number) => `${(n / MiB).toFixed(1)} MiB`;
  const advice =
    format === 'json' || format === 'feed' || format === 'stdin'
      ? 'split it, or write it as JSON Lines (.jsonl), which is read one line at a time'
      : `an article is at most ${MAX_TEXT_LENGTH} characters`;
  const size = format === 'stdin' ? 'the input is' : `the input is ${mb(bytes)},`;
  return `${size} over the ${mb(cap)} limit for this format (${advice}); it was not ingested`;
}
