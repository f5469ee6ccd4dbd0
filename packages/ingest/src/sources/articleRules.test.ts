import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from './readSources.ts';
import type { SourceItem } from './sourceItem.ts';

const collect = async (it: AsyncIterable<SourceItem>) => {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
};
const BODY = 'The president spoke about trade at length with the visiting ministers. '.repeat(4);
const html = (head: string) =>
  `<html><head><title>Page</title>${head}</head><body><article><h1>H</h1><p>${BODY}</p></article></body></html>`;

describe('edge rules every format shares', () => {
  it('drops non-http(s) links with a per-file warning and keeps the article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-links-'));
    const cases: Record<string, string> = {
      'a-js.md': '---\ntitle: A\npublishedAt: 2026-01-09\nurl: "javascript:alert(1)"\n---\nBody.\n',
      'b-data.md':
        '---\ntitle: B\npublishedAt: 2026-01-09\nurl: "data:text/html,<script>alert(1)</script>"\n---\nBody.\n',
      'c-vb.md': '---\ntitle: C\npublishedAt: 2026-01-09\nurl: "vbscript:msgbox(1)"\n---\nBody.\n',
      'd-rel.md': '---\ntitle: D\npublishedAt: 2026-01-09\nurl: //evil.example/x\n---\nBody.\n',
      'e-canonical.html': html(
        '<meta name="date" content="2026-01-09"><link rel="canonical" href="javascript:alert(document.domain)">',
      ),
      'f-og.html': html(
        '<meta name="date" content="2026-01-09"><meta property="og:url" content=" JaVaScRiPt:alert(1)">',
      ),
      'g.jsonl': '{"title":"G","publishedAt":"2026-01-09","url":"javascript:alert(1)","text":"Body."}\n',
      // Scheme-only and a tab inside: the WHATWG parser reads both as https URLs other than the text written (the
      // first as https://evil.example/x, the second with the tab stripped), so only the written-form rule refuses them.
      'h-scheme-only.md': '---\ntitle: H\npublishedAt: 2026-01-09\nurl: "https:evil.example/x"\n---\nBody.\n',
      'i-tab.jsonl': '{"title":"I","publishedAt":"2026-01-09","url":"https://paper.example/a\\tb","text":"Body."}\n',
      'j-ok.md': '---\ntitle: J\npublishedAt: 2026-01-09\nurl: https://paper.example/h\n---\nBody.\n',
    };
    for (const [name, content] of Object.entries(cases)) writeFileSync(join(dir, name), content);
    const items = await collect(readSources([dir]));
    expect(items.every((i) => i.article)).toBe(true);
    const articles = items.map((i) => i.article!);
    expect(articles.map((a) => a.url ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'https://paper.example/h',
    ]);
    for (const a of articles.slice(0, 9))
      expect(a.warnings?.join(' '), a.origin).toMatch(/url|scheme|protocol-relative/);
    expect(articles[9]!.warnings).toBeUndefined();
  });

  it('validates dates at the edge with precision kept, and says when a date is unknown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-dates-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\npublishedAt: 2026-03-010\n---\nBody.\n');
    writeFileSync(join(dir, 'b.md'), '---\ntitle: B\npublishedAt: 2026\n---\nBody.\n');
    writeFileSync(
      join(dir, 'c.jsonl'),
      '{"title":"C1","publishedAt":"2026-03-010","text":"x"}\n{"title":"C2","publishedAt":"2026-03","text":"y"}\n',
    );
    writeFileSync(join(dir, 'd.html'), html(''));
    const items = await collect(readSources([dir]));
    expect(items[0]!.error?.code).toBe('BAD_FRONT_MATTER');
    expect(items[0]!.error?.message).toMatch(/2026-03-010/);
    expect(items[1]!.article?.publishedAt).toBe('2026');
    expect(items[2]!.error?.code).toBe('INVALID_ARTICLE');
    expect(items[3]!.article?.publishedAt).toBe('2026-03');
    expect(items[4]!.article?.publishedAt).toBeUndefined();
    expect(items[4]!.article?.warnings).toEqual(['no publication date: stored as unknown (not the ingest time)']);
  });

  it('treats an empty title the same in Markdown as in JSONL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-title-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: "  "\npublishedAt: 2026-01-09\n---\nBody.\n');
    writeFileSync(join(dir, 'b.jsonl'), '{"title":"  ","publishedAt":"2026-01-09","text":"Body."}\n');
    writeFileSync(join(dir, 'c.md'), '---\npublishedAt: 2026-01-09\n---\nNo title given at all.\n');
    const items = await collect(readSources([dir]));
    expect(items.map((i) => i.error?.code ?? 'ok')).toEqual(['INVALID_ARTICLE', 'INVALID_ARTICLE', 'ok']);
    expect(items[0]!.error?.message).toMatch(/title is empty/);
    expect(items[1]!.error?.message).toMatch(/title is empty/);
  });
});
