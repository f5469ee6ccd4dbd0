import { readHtmlArticle } from '@newsgraph/extract';
import { parseHTML } from 'linkedom';
import type { SourceArticle } from './sourceArticle.ts';
import { SourceError } from './sourceError.ts';

/** `<link rel="canonical" href>`: the extractor's reader reads `content`/`datetime` attributes only. */
function canonicalLink(html: string): string | undefined {
  const { document } = parseHTML(html);
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  return href || undefined;
}

/** An HTML page: main text by Readability (the extractor's reader), metadata from meta tags. */
export function readHtmlSource(content: string, origin: string): SourceArticle {
  const input = readHtmlArticle(content);
  if (input.text.trim() === '') throw new SourceError('EMPTY_FILE', origin, 'the page has no readable text');
  const article: SourceArticle = { ...input, origin };
  if (!article.url) {
    const url = canonicalLink(content);
    if (url) article.url = url;
  }
  return article;
}
