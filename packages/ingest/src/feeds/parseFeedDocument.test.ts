import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeedDocument } from './parseFeedDocument.ts';

const item =
  '<item><title>T &amp; U</title><link>https://example.com/a</link><description>Body &ext; text</description></item>';
const rss = (prolog: string) =>
  `<?xml version="1.0"?>${prolog}<rss version="2.0"><channel><title>W</title>${item}</channel></rss>`;

function parseError(xml: string): FeedParseError {
  try {
    parseFeedDocument(xml);
  } catch (error) {
    return error as FeedParseError;
  }
  throw new Error('parsed');
}

describe('parseFeedDocument', () => {
  it('reads a feed with a DTD reference, plain or external entity declarations, without expanding any', () => {
    for (const prolog of [
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">',
      '<!DOCTYPE rss [<!ENTITY ext "expanded">]>',
      '<!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]>',
    ]) {
      const feed = parseFeedDocument(rss(prolog));
      expect(feed.feedTitle).toBe('W');
      expect(feed.entries[0]!.title).toBe('T & U');
      expect(feed.entries[0]!.html).toBe('Body &ext; text');
    }
  });

  it('refuses entities defined through other entities (billion laughs, parameter entities, a two-level chain)', () => {
    const laughs = [
      '<!ENTITY a "ha">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i || ''};`.repeat(10)}">`),
    ].join('');
    for (const subset of [
      laughs,
      '<!ENTITY % p "x"><!ENTITY % q "%p;%p;">',
      "<!ENTITY x 'ha'><!ENTITY ext '&x;&x;'>",
    ]) {
      const error = parseError(rss(`<!DOCTYPE rss [${subset}]>`));
      expect(error).toBeInstanceOf(FeedParseError);
      expect(error.code).toBe('ENTITY_BOMB');
    }
  });

  it('a malformed or non-feed document is BROKEN_FEED', () => {
    for (const xml of [
      '<rss><channel><title>x</title><item><title>broken</item></channel>',
      '<html><body>not a feed</body></html>',
      '',
    ]) {
      expect(parseError(xml).code).toBe('BROKEN_FEED');
    }
  });
});
