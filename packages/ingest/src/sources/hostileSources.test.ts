import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFeedArticles } from './feedSource.ts';
import { readJsonArticles, readJsonLines } from './jsonSource.ts';
import type { SourceItem } from './sourceItem.ts';
import { withoutDoctype } from './withoutDoctype.ts';

const g = globalThis as { __ngSourceRan?: boolean };
const rss = (prolog: string, description: string) =>
  `${prolog}<rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><link>https://wire.example/a</link><description>${description}</description></item></channel></rss>`;

async function collect(items: AsyncIterable<SourceItem> | Iterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('feeds are read without DTD entities', () => {
  it('reads a feed whose DOCTYPE declares external entities instead of dropping it, and expands nothing', () => {
    const prolog =
      '<?xml version="1.0"?>\n<!-- a comment -->\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n<!-- ] > in a comment -->\n<!ENTITY q "a > b">\n]>\n';
    const items = [...readFeedArticles(rss(prolog, 'Officials met on Monday. &xxe;'), 'f.rss')];
    expect(items).toHaveLength(1);
    expect(items[0]!.article?.text).toContain('Officials met on Monday.');
    expect(items[0]!.article?.text).not.toContain('root:');
  });

  it('an entity bomb stays a few bytes and returns at once', () => {
    const levels = Array.from({ length: 10 }, (_, k) => `<!ENTITY e${k + 1} "${`&e${k};`.repeat(10)}">`).join('\n');
    const prolog = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "lol">\n${levels}]>`;
    const started = performance.now();
    const items = [...readFeedArticles(rss(prolog, 'Body &e10; end.'), 'bomb.rss')];
    expect(performance.now() - started).toBeLessThan(1000);
    expect(items[0]!.article!.text.length).toBeLessThan(100);
  });

  it('withoutDoctype cuts only a prolog DOCTYPE, quoted ">" and "]" included', () => {
    expect(withoutDoctype('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//x//>" "y]"><rss/>')).toBe(
      '<?xml version="1.0"?><rss/>',
    );
    expect(withoutDoctype('<rss><![CDATA[<!DOCTYPE x>]]></rss>')).toBe('<rss><![CDATA[<!DOCTYPE x>]]></rss>');
    expect(withoutDoctype('<!DOCTYPE rss [ <!ENTITY a "x"> ')).toBe('<!DOCTYPE rss [ <!ENTITY a "x"> '); // unterminated: parser decides
  });

  it('never runs scripts or event handlers in item HTML', () => {
    const html =
      '&lt;p&gt;Officials met.&lt;/p&gt;&lt;script&gt;globalThis.__ngSourceRan = true&lt;/script&gt;&lt;img src=x onerror="globalThis.__ngSourceRan = true"&gt;';
    const items = [...readFeedArticles(rss('', html), 'x.rss')];
    expect(items[0]!.article!.text).toBe('Officials met.');
    expect(g.__ngSourceRan).toBeUndefined();
  });
});

describe('JSON and JSON Lines', () => {
  it('a __proto__ key is data: nothing reaches Object.prototype', async () => {
    const line =
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "title": "T", "text": "Body.", "publishedAt": "2026-01-09"}';
    const items = [
      ...(await collect(readJsonLines(Readable.from([`${line}\n`]), 'a.jsonl'))),
      ...readJsonArticles(line, 'a.json'),
    ];
    expect(items.map((i) => i.article?.title)).toEqual(['T', 'T']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(items[0]!.article)).toBe(Object.prototype);
  });

  it('invalid UTF-8 inside a line is that line’s error; the next line is read', async () => {
    const good = Buffer.from('{"title": "T", "text": "Body.", "publishedAt": "2026-01-09"}\n');
    const bad = Buffer.concat([
      Buffer.from('{"title": "T\xff'.slice(0, 12)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('", "text": "x", "publishedAt": "2026-01-09"}\r\n'),
    ]);
    // Split the good line across chunks to check the byte splitter joins it again.
    const items = await collect(
      readJsonLines(Readable.from([bad, good.subarray(0, 10), good.subarray(10)]), 'b.jsonl'),
    );
    expect(items[0]!.error?.code).toBe('BINARY_FILE');
    expect(items[0]!.error?.origin).toBe('b.jsonl:1');
    expect(items[1]!.article?.origin).toBe('b.jsonl:2');
    expect(items).toHaveLength(2);
  });
});
