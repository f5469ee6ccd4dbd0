import { webUrl } from '@newsgraph/model';
import { articleIdentity } from '../identity/articleIdentity.ts';
import { finishArticle } from '../sources/articleRules.ts';
import { htmlToText, type FeedEntry } from '../sources/feedSource.ts';
import { readHtmlSource } from '../sources/htmlSource.ts';
import type { SourceArticle } from '../sources/sourceArticle.ts';
import { SourceError } from '../sources/sourceError.ts';
import type { SourceItem } from '../sources/sourceItem.ts';
import { fetchResource, type FetchOptions } from './fetchResource.ts';

export interface FeedItemContext {
  feedUrl: string;
  feedTitle?: string;
  /** 1-based position in the feed, for error origins. */
  index: number;
}

/** A feed item before its body is known: enough to tell whether the graph already holds it. */
export interface FeedItemPlan {
  entry: FeedEntry;
  /** The article id the item will get: from its canonical URL, else its guid, else its text and title. */
  id: string;
  /** Absolute http(s) link of the item (relative links resolved against the feed), if any. */
  url?: string;
  origin: string;
}

/** Resolves the item's link against the feed URL and keeps it only when it is http(s). */
function itemUrl(entry: FeedEntry, feedUrl: string): string | undefined {
  if (!entry.url) return undefined;
  try {
    return webUrl(new URL(entry.url, feedUrl).href) ?? undefined;
  } catch {
    return undefined;
  }
}

function baseArticle(entry: FeedEntry, ctx: FeedItemContext, url: string | undefined, text: string): SourceArticle {
  const article: SourceArticle = { text, origin: `${ctx.feedUrl}#item-${ctx.index}` };
  if (entry.title) article.title = entry.title;
  if (url) article.url = url;
  if (entry.id) article.externalId = entry.id;
  if (entry.publishedAt) article.publishedAt = entry.publishedAt;
  if (ctx.feedTitle) article.source = ctx.feedTitle;
  return article;
}

/**
 * The item's identity without fetching anything: canonical URL first (the same rule as every other source), so
 * an item already ingested — from this feed, another one, or a file — is known before its page is fetched.
 */
export function planFeedItem(entry: FeedEntry, ctx: FeedItemContext): FeedItemPlan {
  const url = itemUrl(entry, ctx.feedUrl);
  const text = url || entry.id ? '' : safeText(entry.html);
  return {
    entry,
    url,
    id: articleIdentity(baseArticle(entry, ctx, url, text)).id,
    origin: `${ctx.feedUrl}#item-${ctx.index}`,
  };
}

function safeText(html: string | undefined): string {
  try {
    return html ? htmlToText(html) : '';
  } catch {
    return '';
  }
}

/**
 * A feed item → an article for the pipeline: the item's own body (content:encoded, Atom content, description) when
 * it has one; otherwise its linked page, fetched under the same limits as feeds and read with Readability. The
 * item's link stays the article's URL (its identity was decided before the fetch); the page fills what the item
 * lacks (title, date). Never throws: a failure is that item's SourceError.
 */
export async function itemToArticle(
  plan: FeedItemPlan,
  ctx: FeedItemContext,
  fetchOptions: FetchOptions = {},
): Promise<SourceItem> {
  const { entry, origin } = plan;
  try {
    let text = '';
    try {
      text = entry.html ? htmlToText(entry.html) : '';
    } catch (error) {
      if (!plan.url)
        throw new SourceError('INVALID_ARTICLE', origin, `the item's HTML is unreadable: ${(error as Error).message}`);
    }
    const article = baseArticle(entry, ctx, plan.url, text);
    if (!text) {
      if (!plan.url)
        return { error: new SourceError('INVALID_ARTICLE', origin, 'the item has neither text nor an http(s) link') };
      const page = await fetchResource(plan.url, {
        ...fetchOptions,
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        etag: null,
        lastModified: null,
      });
      if (page.status !== 'ok')
        return {
          error: new SourceError(
            'UNREADABLE',
            origin,
            `the linked page ${plan.url} answered 304 to an unconditional request`,
          ),
        };
      const read = readHtmlSource(page.body, origin);
      article.text = read.text;
      if (!article.title && read.title) article.title = read.title;
      if (!article.publishedAt && read.publishedAt) article.publishedAt = read.publishedAt;
    }
    return { article: finishArticle(article) };
  } catch (error) {
    if (error instanceof SourceError) return { error };
    const code = (error as { code?: string }).code;
    return {
      error: new SourceError(
        'UNREADABLE',
        origin,
        `the linked page ${plan.url ?? ''} could not be read: ${(error as Error).message}${code ? ` (${code})` : ''}`,
      ),
    };
  }
}
