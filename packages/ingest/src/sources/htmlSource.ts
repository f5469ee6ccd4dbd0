import { readHtmlArticle } from '@newsgraph/extract';
import type { SourceArticle } from './sourceArticle.ts';
import { SourceError } from './sourceError.ts';

/** An HTML page: main text by Readability (the extractor's reader), metadata from meta tags. */
export function readHtmlSource(content: string, origin: string): SourceArticle {
  const input = readHtmlArticle(content);
  if (input.text.trim() === '') throw new SourceError('EMPTY_FILE', origin, 'the page has no readable text');
  return { ...input, origin };
}
