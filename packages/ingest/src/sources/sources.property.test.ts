import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFeedArticles } from './feedSource.ts';
import { readJsonLines } from './jsonSource.ts';
import { SourceError } from './sourceError.ts';
import type { SourceItem } from './sourceItem.ts';

const g = globalThis as { __ngSourceRan?: boolean };
const clean = () => expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
const typed = (item: SourceItem) => {
  if (item.error) expect(item.error).toBeInstanceOf(SourceError);
  else expect(typeof item.article?.text).toBe('string');
};

const jsonPiece = fc.constantFrom(
  '{"title": "T", "text": "Body.", "publishedAt": "2026-01-09"}',
  '{"__proto__": {"polluted": true}, "title": "T", "text": "x", "publishedAt": "2026-01-09"}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"title": "", "text": "x"}',
  '[1, 2',
  '"\\ud800"',
  '\u0000',
  '{"a": ' + '['.repeat(50),
  'null',
  '',
  '\r',
);
const jsonlBytes = fc
  .array(
    fc.oneof(
      jsonPiece.map((s) => Buffer.from(s)),
      fc.uint8Array({ maxLength: 16 }).map((b) => Buffer.from(b)),
    ),
    { maxLength: 6 },
  )
  .chain((lines) =>
    fc.tuple(
      fc.constant(
        Buffer.from(
          lines
            .map((l) => Buffer.concat([l, Buffer.from('\n')]))
            .reduce((a, b) => Buffer.concat([a, b]), Buffer.alloc(0)),
        ),
      ),
      fc.integer({ min: 1, max: 64 }),
    ),
  );

const feedPiece = fc.constantFrom(
  '<?xml version="1.0"?>',
  '<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;">]>',
  '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE rss PUBLIC "-//x//" "y">',
  '<rss version="2.0"><channel><title>W</title>',
  '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>',
  '<item><title>T &c;</title><description>Body &xxe; &c;</description></item>',
  '<item><description>&lt;script&gt;globalThis.__ngSourceRan = true&lt;/script&gt;&lt;p&gt;x&lt;/p&gt;</description></item>',
  '<item><description><![CDATA[<img src=x onerror="globalThis.__ngSourceRan = true"><p>Body</p>]]></description></item>',
  '<entry><title>E</title><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>',
  '<__proto__>x</__proto__>',
  '</channel></rss>',
  '</feed>',
  '<!--',
  ']]>',
);
const feed = fc
  .array(fc.oneof({ weight: 4, arbitrary: feedPiece }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), {
    maxLength: 8,
  })
  .map((p) => p.join(''));

describe('JSON Lines and feed parsers, property', () => {
  it('JSONL: every line gives an article or a typed SourceError; nothing is polluted (10 000 seeded cases)', async () => {
    await fc.assert(
      fc.asyncProperty(jsonlBytes, async ([bytes, chunk]) => {
        const chunks: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
        for await (const item of readJsonLines(Readable.from(chunks), 'p.jsonl')) typed(item);
        clean();
      }),
      { numRuns: 10_000, seed: 20260312 },
    );
  });

  it('feeds: never throw, never run item scripts, never expand entities (10 000 seeded cases)', () => {
    fc.assert(
      fc.property(feed, (xml) => {
        let total = 0;
        for (const item of readFeedArticles(xml, 'p.rss')) {
          typed(item);
          total += item.article?.text.length ?? 0;
        }
        expect(total).toBeLessThan(xml.length + 10); // expansion would multiply, not add
        expect(g.__ngSourceRan).toBeUndefined();
        clean();
      }),
      { numRuns: 10_000, seed: 20260312 },
    );
  }, 60_000); // about 10 s on a loaded 2-core machine: each item goes through linkedom + Readability
});
