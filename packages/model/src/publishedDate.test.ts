import { describe, expect, it } from 'vitest';
import { parsePublishedAt, PublishedDateError } from './publishedDate.ts';
import { webUrl } from './webUrl.ts';

describe('parsePublishedAt', () => {
  it('keeps the precision the source gave', () => {
    expect(parsePublishedAt('2026')).toEqual({ text: '2026', instant: '2026-01-01T00:00:00Z', precision: 'year' });
    expect(parsePublishedAt('2026-03')).toMatchObject({ text: '2026-03', precision: 'month' });
    expect(parsePublishedAt('2026-03-01')).toMatchObject({
      text: '2026-03-01',
      instant: '2026-03-01T00:00:00Z',
      precision: 'day',
    });
    expect(parsePublishedAt('2026-03-01T10:00:00+02:00')).toMatchObject({
      instant: '2026-03-01T08:00:00Z',
      precision: 'time',
    });
    expect(parsePublishedAt('2026-03-01T10:00')).toMatchObject({ instant: '2026-03-01T10:00:00Z', precision: 'time' });
    expect(parsePublishedAt('Mon, 09 Mar 2026 10:00:00 GMT')).toMatchObject({
      instant: '2026-03-09T10:00:00Z',
      precision: 'time',
    });
    expect(parsePublishedAt(new Date('2026-01-09T00:00:00Z'))).toMatchObject({ text: '2026-01-09', precision: 'day' });
  });
  it.each([
    '2026-03-010',
    '2026-13-01',
    '2026-02-30',
    '20260301',
    '2026-3-1',
    'yesterday',
    '',
    '12026-01-01',
    '0999',
    '2026-03-01T25:00',
    'Mon, 32 Mar 2026 10:00:00 GMT',
  ])('refuses %j at the edge', (input) => expect(() => parsePublishedAt(input)).toThrow(PublishedDateError));
});

describe('webUrl', () => {
  it('keeps absolute http(s) URLs only', () => {
    expect(webUrl(' https://news.example/a?b=1 ')).toBe('https://news.example/a?b=1');
    expect(webUrl('HTTP://news.example/')).toBe('HTTP://news.example/');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      'https:evil.example',
      'file:///etc/passwd',
      'ftp://x.example',
      'http://',
      'https://a b.example',
      'urn:uuid:1',
      '',
    ])
      expect(webUrl(bad), bad).toBeNull();
  });
});
