import { createHash } from 'node:crypto';
import type { SourceArticle } from '../sources/sourceArticle.ts';
import { canonicalUrl, urlHost } from './canonicalUrl.ts';

export interface ArticleIdentity {
  /** 'article:' + sha256(canonical URL) prefix; else of the input's own id; else of the normalised text and title. */
  id: string;
  canonicalUrl: string | null;
  /** Decides re-ingest: same hash → unchanged, different → the article's facts are replaced. */
  contentHash: string;
  /** Distinct-outlet key for corroboration. */
  outlet: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Whitespace and Unicode form do not make a different article. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function articleIdentity(article: SourceArticle): ArticleIdentity {
  const url = article.url ? canonicalUrl(article.url) : null;
  const normalized = normalizeText(article.text);
  // Without a URL or source id the content names the article: its title too, so two articles with the same body
  // and different titles (a wire story under two headlines) stay two. Title-less articles keep the old basis.
  const title = article.title ? normalizeText(article.title) : '';
  const basis = url
    ? `url:${url}`
    : article.externalId
      ? `external:${article.externalId}`
      : title
        ? `text:${normalized}\u0000title:${title}`
        : `text:${normalized}`;
  const id = article.pinned?.id ?? `article:${sha256(basis).slice(0, 24)}`;
  const contentHash =
    article.pinned?.contentHash ??
    sha256(
      JSON.stringify([
        normalized,
        article.title?.trim() ?? null,
        article.publishedAt ?? null,
        article.source?.trim() ?? null,
        article.language ?? null,
      ]),
    );
  const outlet = article.source?.trim().toLowerCase() || (url && urlHost(url)) || id;
  return { id, canonicalUrl: url, contentHash, outlet };
}
