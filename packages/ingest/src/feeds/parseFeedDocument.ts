import { readFeedEntries, type FeedEntry } from '../sources/feedSource.ts';
import { doctypeSpan } from '../sources/withoutDoctype.ts';

export type FeedParseErrorCode = 'ENTITY_BOMB' | 'BROKEN_FEED';

export class FeedParseError extends Error {
  constructor(
    readonly code: FeedParseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FeedParseError';
  }
}

const ENTITY_DECLARATION = /<!ENTITY\s+(?:%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|[^>]*)/g;

/**
 * Refuses a DOCTYPE whose entities are defined through other entities — the shape of a billion-laughs bomb, whose
 * only purpose is expansion — with a clear error, after one linear scan and without expanding anything. Any other
 * DOCTYPE (a DTD reference, plain or external entity declarations) is simply cut: the feed is read without entities.
 */
function refuseEntityBomb(xml: string): void {
  const span = doctypeSpan(xml);
  if (!span) return;
  const doctype = xml.slice(span.start, span.end);
  const declared: { name: string; value: string }[] = [];
  for (const m of doctype.matchAll(ENTITY_DECLARATION)) declared.push({ name: m[1]!, value: m[2] ?? m[3] ?? '' });
  const names = new Set(declared.map((d) => d.name));
  const nested = declared.find((d) => [...d.value.matchAll(/[&%]([^\s;&%]+);/g)].some((r) => names.has(r[1]!)));
  if (nested) {
    throw new FeedParseError(
      'ENTITY_BOMB',
      `the feed's DOCTYPE defines XML entities through other entities ("${nested.name.slice(0, 40)}", ${declared.length} declarations): an entity-expansion bomb, refused without expanding it`,
    );
  }
}

/**
 * A fetched feed document → its title and items. Entities are never expanded (the DOCTYPE is cut before parsing);
 * a bomb-shaped DOCTYPE is refused; anything the parser cannot read as RSS, Atom or RDF is BROKEN_FEED.
 */
export function parseFeedDocument(xml: string): { feedTitle?: string; entries: FeedEntry[] } {
  refuseEntityBomb(xml);
  try {
    return readFeedEntries(xml);
  } catch (error) {
    throw new FeedParseError('BROKEN_FEED', `not a readable RSS or Atom feed: ${(error as Error).message}`);
  }
}
