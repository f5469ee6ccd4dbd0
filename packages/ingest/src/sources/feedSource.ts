import { readHtmlArticle } from '@newsgraph/extract';
import { tryParsePublishedAt } from '@newsgraph/model';
import { parseFeed } from 'feedsmith';
import type { SourceArticle } from './sourceArticle.ts';
import { SourceError } from './sourceError.ts';
import type { SourceItem } from './sourceItem.ts';
import { withoutDoctype } from './withoutDoctype.ts';

/** One feed item in the shape every format shares. */
export interface FeedEntry {
  title?: string;
  url?: string;
  id?: string;
  publishedAt?: string;
  html?: string;
  author?: string;
}

const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && 'value' in v && typeof v.value === 'string')
    return text((v as { value: string }).value);
  return undefined;
};

/** RFC 2822 (RSS) or ISO (Atom) through the model's one date rule; an unreadable date is no date (warned). */
const isoDate = (v: unknown): string | undefined => {
  const s = text(v);
  if (!s) return undefined;
  const d = tryParsePublishedAt(s);
  // Datetimes as toISOString writes them, as before: the same item keeps the same content hash.
  return d ? (d.precision === 'time' ? new Date(d.instant).toISOString() : d.text) : undefined;
};

/** RSS 2.0 / Atom (and RDF) entries in one shape; the feed's own title names the outlet. */
export function entriesOf(parsed: ReturnType<typeof parseFeed>): { feedTitle?: string; entries: FeedEntry[] } {
  const feed = parsed.feed as Record<string, unknown>;
  const feedTitle = text(feed.title);
  if (parsed.format === 'atom') {
    const entries = ((feed.entries as Record<string, unknown>[] | undefined) ?? []).map((e) => {
      const links = (e.links as { href?: string; rel?: string }[] | undefined) ?? [];
      const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      return {
        title: text(e.title),
        url: link?.href,
        id: text(e.id),
        publishedAt: isoDate(e.published) ?? isoDate(e.updated),
        html: text(e.content) ?? text(e.summary),
      };
    });
    return { feedTitle, entries };
  }
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const items = ((feed.items as Record<string, unknown>[] | undefined) ?? []).map((i) => ({
      title: text(i.title),
      url: text(i.link),
      id: text(i.guid),
      publishedAt: isoDate(i.pubDate) ?? isoDate((i.dc as { dates?: string[] } | undefined)?.dates?.[0]),
      html: text((i.content as { encoded?: string } | undefined)?.encoded) ?? text(i.description),
    }));
    return { feedTitle, entries: items };
  }
  throw new Error(`a ${parsed.format} feed is not an RSS or Atom feed`);
}

/** An RSS 2.0 / Atom / RDF document's title and items, read without DTD entities; throws when unreadable. */
export function readFeedEntries(content: string): { feedTitle?: string; entries: FeedEntry[] } {
  // Read without DTD entities: the DOCTYPE is cut, never expanded (see withoutDoctype).
  return entriesOf(parseFeed(withoutDoctype(content)));
}

/** Feed item HTML → plain text through the extractor's HTML reader (scripts dropped, blocks kept as lines). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return readHtmlArticle(`<!doctype html><html><body><article>${html}</article></body></html>`).text.trim();
}

/** An RSS 2.0 or Atom file: one article per item; an item without text is a per-item error. */
export function* readFeedArticles(content: string, origin: string): Generator<SourceItem> {
  let feed: { feedTitle?: string; entries: FeedEntry[] };
  try {
    feed = readFeedEntries(content);
  } catch (error) {
    yield {
      error: new SourceError('BROKEN_FEED', origin, `not a readable RSS or Atom feed: ${(error as Error).message}`),
    };
    return;
  }
  if (feed.entries.length === 0) {
    yield { error: new SourceError('EMPTY_FILE', origin, 'the feed has no items') };
    return;
  }
  for (let i = 0; i < feed.entries.length; i++) {
    const entry = feed.entries[i]!;
    const where = `${origin}#item-${i + 1}`;
    let body: string;
    try {
      body = entry.html ? htmlToText(entry.html) : '';
    } catch (error) {
      // One unreadable item is that item's error, not the end of the feed.
      yield {
        error: new SourceError(
          'INVALID_ARTICLE',
          where,
          `the feed item's HTML is unreadable: ${(error as Error).message}`,
        ),
      };
      continue;
    }
    if (!body) {
      yield { error: new SourceError('INVALID_ARTICLE', where, 'the feed item has no text (description or content)') };
      continue;
    }
    const article: SourceArticle = { text: body, origin: where };
    if (entry.title) article.title = entry.title;
    if (entry.url) article.url = entry.url;
    if (entry.id) article.externalId = entry.id;
    if (entry.publishedAt) article.publishedAt = entry.publishedAt;
    if (feed.feedTitle) article.source = feed.feedTitle;
    yield { article };
  }
}
