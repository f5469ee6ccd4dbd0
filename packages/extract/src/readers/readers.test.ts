import { describe, expect, it } from 'vitest';
import { ExtractInputError } from '../errors.ts';
import { parseArticleFile, sniffFormat } from './parseArticleFile.ts';
import { readHtmlArticle } from './readHtmlArticle.ts';
import { readMarkdownArticle } from './readMarkdownArticle.ts';

describe('readers', () => {
  it('reads front matter and keeps the body verbatim', () => {
    const a = readMarkdownArticle(
      '---\ntitle: T\npublishedAt: 2026-01-09\nsource: null\nurl: https://x.test/a\n---\nBody “text”.\n',
    );
    expect(a).toMatchObject({ text: 'Body “text”.\n', title: 'T', publishedAt: '2026-01-09', url: 'https://x.test/a' });
    expect(a.source).toBeUndefined();
    expect(() => readMarkdownArticle('---\ntitle: [unclosed\n---\nx')).toThrow(ExtractInputError);
  });

  it('reads HTML through Readability, one line per paragraph, without scripts', () => {
    const html = `<html><head><title>Page</title><meta property="article:published_time" content="2026-01-09T08:00:00Z"></head>
      <body><nav>Home | World</nav><article><h1>Headline</h1><p>Mexican President Claudia Sheinbaum said on Friday that talks went well.</p>
      <script>document.write("evil")</script><p>She urged U.S. authorities to act, and the talks continued into the night.</p></article></body></html>`;
    const a = readHtmlArticle(html);
    expect(a.text).not.toMatch(/evil|document\.write/);
    expect(a.text).toMatch(/Claudia Sheinbaum said on Friday/);
    expect(a.text.split('\n').length).toBeGreaterThanOrEqual(2);
    expect(a.publishedAt).toBe('2026-01-09T08:00:00Z');
  });

  it('picks the reader by extension or content', () => {
    expect(sniffFormat('---\ntitle: x\n---\n')).toBe('md');
    expect(sniffFormat('<!doctype html><p>x</p>')).toBe('html');
    expect(sniffFormat('plain words')).toBe('txt');
    expect(parseArticleFile('plain words', 'a.txt')).toEqual({ text: 'plain words' });
  });
});
