import type { StoredArticleInput } from '@newsgraph/graph';
import type { SourceArticle } from '../sources/sourceArticle.ts';

/**
 * A stored article as a source article for re-extraction, its id and content hash pinned: it keeps the identity it
 * was ingested with, so a later ingest of the same source still finds it unchanged (and the stored text may be
 * what a reader made of HTML, which would hash differently).
 */
export function storedSourceArticle(a: StoredArticleInput): SourceArticle {
  const article: SourceArticle = {
    text: a.text,
    origin: a.origin ?? a.id,
    pinned: { id: a.id, contentHash: a.contentHash },
  };
  if (a.title) article.title = a.title;
  if (a.publishedAt) article.publishedAt = a.publishedAt;
  if (a.url) article.url = a.url;
  if (a.source) article.source = a.source;
  if (a.language) article.language = a.language;
  if (a.externalId) article.externalId = a.externalId;
  return article;
}
