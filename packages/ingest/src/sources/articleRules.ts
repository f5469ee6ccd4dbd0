import { describeRejectedUrl, webUrl } from '@newsgraph/model';
import type { SourceArticle } from './sourceArticle.ts';
import { SourceError } from './sourceError.ts';

/**
 * One title rule for every format (Markdown front matter, JSON/JSONL, the API): a title the input gives must have
 * text — a blank one is that article's INVALID_ARTICLE error, never an untitled article in one format and an error
 * in another. An input that gives no title at all stays untitled where the format allows it (txt, md, html, feeds;
 * JSON requires the field).
 */
export function givenTitle(value: unknown, origin: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new SourceError('INVALID_ARTICLE', origin, 'title is not text');
  const title = value.trim();
  if (title === '') throw new SourceError('INVALID_ARTICLE', origin, 'title is empty');
  return title;
}

/**
 * The last step of every source before the pipeline: a link that is not an absolute http(s) URL (javascript:,
 * data:, vbscript:, protocol-relative …) is dropped with a warning (the article itself is fine), and an article
 * without a publication date says so instead of silently taking the ingest time.
 */
export function finishArticle(article: SourceArticle): SourceArticle {
  const warnings = [...(article.warnings ?? [])];
  if (article.url !== undefined) {
    const url = webUrl(article.url);
    if (url === null) {
      warnings.push(describeRejectedUrl(article.url));
      delete article.url;
    } else article.url = url;
  }
  if (!article.publishedAt) warnings.push('no publication date: stored as unknown (not the ingest time)');
  if (warnings.length) article.warnings = warnings;
  return article;
}
