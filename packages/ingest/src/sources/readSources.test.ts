import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSources } from './readSources.ts';
import type { SourceItem } from './sourceItem.ts';

const collect = async (it: AsyncIterable<SourceItem>) => {
  const out: SourceItem[] = [];
  for await (const item of it) out.push(item);
  return out;
};

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire Service</title><link>https://wire.example/</link>
<item><title>Talks resume</title><link>https://wire.example/talks?utm_source=rss</link><guid>w-1</guid><pubDate>Mon, 12 Jan 2026 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Leaders met in Geneva.</p><script>alert(1)</script><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>No body</title><link>https://wire.example/empty</link></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title><id>urn:atom-daily</id><updated>2026-01-13T00:00:00Z</updated>
<entry><title>Summit ends</title><id>urn:e1</id><link href="https://atom.example/summit"/><published>2026-01-13T08:00:00Z</published><updated>2026-01-13T08:00:00Z</updated>
<content type="html">&lt;p&gt;The summit ended with a joint statement.&lt;/p&gt;</content></entry></feed>`;

describe('readSources', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-sources-'));
    mkdirSync(join(dir, 'nested/deeper'), { recursive: true });
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'a.txt'), 'Ministers met on Monday.\nThey agreed to talk again.');
    writeFileSync(
      join(dir, 'b.md'),
      '---\ntitle: Front matter title\npublishedAt: 2026-01-09\nurl: https://paper.example/b\nsource: Paper\nlanguage: en\n---\nBody of b.\n',
    );
    writeFileSync(
      join(dir, 'nested/c.html'),
      '<html><head><title>Page</title><meta property="article:published_time" content="2026-01-10"><link rel="canonical" href="https://site.example/c"></head><body><nav>Menu</nav><article><h1>Headline</h1><p>' +
        'The president spoke about trade. '.repeat(10) +
        '</p></article><script>var x = 1;</script></body></html>',
    );
    writeFileSync(
      join(dir, 'nested/deeper/d.json'),
      JSON.stringify([
        { id: 7, title: 'D1', publishedAt: '2026-01-11', text: 'First.' },
        { title: 'D2', publishedAt: 'not a date', text: 'x' },
      ]),
    );
    writeFileSync(
      join(dir, 'e.jsonl'),
      '{"title":"E1","publishedAt":"2026-01-12","text":"One."}\n\n{oops\n{"title":"E3","publishedAt":"2026-01-12","text":"   "}\n{"title":"E4","publishedAt":"2026-01-12T10:00:00Z","url":"https://x.example/e4","text":"Four."}\n',
    );
    writeFileSync(join(dir, 'f.rss'), RSS);
    writeFileSync(join(dir, 'g.atom'), ATOM);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.md'), '   \n\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nBody');
    writeFileSync(join(dir, 'broken.xml'), '<rss><channel><item><title>x');
    writeFileSync(join(dir, 'broken.json'), '{"title": ');
    writeFileSync(join(dir, 'ignored.png'), 'not read');
    writeFileSync(join(dir, '.hidden/secret.txt'), 'never read');
  });

  it('reads every format, recursively, in name order, and reports each bad file with a typed error', async () => {
    const items = await collect(readSources([dir]));
    const articles = items.filter((i) => i.article).map((i) => i.article!);
    const errors = items.filter((i) => i.error).map((i) => [i.error!.code, i.error!.origin.replace(dir, '')]);
    expect(articles.map((a) => a.title)).toEqual([
      'Ministers met on Monday.',
      'Front matter title',
      'E1',
      'E4',
      'Talks resume',
      'Summit ends',
      'Page',
      'D1',
    ]);
    expect(errors).toEqual([
      ['BINARY_FILE', '/binary.txt'],
      ['EMPTY_FILE', '/blank.md'],
      ['MALFORMED_JSON', '/broken.json'],
      ['BAD_FRONT_MATTER', '/broken.md'],
      ['BROKEN_FEED', '/broken.xml'],
      ['MALFORMED_JSON', '/e.jsonl:3'],
      ['INVALID_ARTICLE', '/e.jsonl:4'],
      ['EMPTY_FILE', '/empty.txt'],
      ['INVALID_ARTICLE', '/f.rss#item-2'],
      ['BINARY_FILE', '/latin1.txt'],
      ['INVALID_ARTICLE', '/nested/deeper/d.json#1'],
    ]);
    const byTitle = Object.fromEntries(articles.map((a) => [a.title, a]));
    expect(byTitle['Front matter title']).toMatchObject({
      publishedAt: '2026-01-09',
      url: 'https://paper.example/b',
      source: 'Paper',
      language: 'en',
    });
    expect(byTitle['Talks resume']).toMatchObject({
      source: 'Wire Service',
      externalId: 'w-1',
      publishedAt: '2026-01-12T09:00:00.000Z',
    });
    expect(byTitle['Talks resume']!.text).toBe('Leaders met in Geneva.\nSecond paragraph.');
    expect(byTitle['Summit ends']).toMatchObject({
      url: 'https://atom.example/summit',
      text: 'The summit ended with a joint statement.',
    });
    expect(byTitle['Page']).toMatchObject({ url: 'https://site.example/c', publishedAt: '2026-01-10' });
    expect(byTitle['Page']!.text).not.toMatch(/Menu|var x/);
    expect(byTitle['D1']).toMatchObject({ externalId: '7', origin: `${join(dir, 'nested/deeper/d.json')}#0` });
    expect(byTitle['E4']!.origin).toBe(`${join(dir, 'e.jsonl')}:5`);
  });

  it('reports missing paths and unsupported files given by name', async () => {
    const items = await collect(readSources([join(dir, 'nope.txt'), join(dir, 'ignored.png')]));
    expect(items.map((i) => i.error?.code)).toEqual(['NOT_FOUND', 'UNSUPPORTED']);
  });

  it('reads standard input: JSON Lines, a feed or a plain article, judged by content', async () => {
    const stdin = (s: string) => Readable.from([Buffer.from(s)]);
    const jsonl = await collect(
      readSources(['-'], {
        stdin: stdin(
          '{"title":"S1","publishedAt":"2026-01-01","text":"a"}\n{"title":"S2","publishedAt":"2026-01-01","text":"b"}\n',
        ),
      }),
    );
    expect(jsonl.map((i) => i.article?.title)).toEqual(['S1', 'S2']);
    expect(jsonl[1]!.article!.origin).toBe('-:2');
    const feed = await collect(readSources(['-'], { stdin: stdin(ATOM) }));
    expect(feed[0]!.article!.title).toBe('Summit ends');
    const md = await collect(readSources(['-'], { stdin: stdin('---\ntitle: From stdin\n---\nHello.') }));
    expect(md[0]!.article).toMatchObject({ title: 'From stdin', text: 'Hello.', origin: '-' });
    const empty = await collect(readSources(['-'], { stdin: stdin('') }));
    expect(empty[0]!.error!.code).toBe('EMPTY_FILE');
  });
});
