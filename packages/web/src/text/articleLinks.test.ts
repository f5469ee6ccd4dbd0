import { describe, expect, it } from 'vitest';
import { publishedLabel, safeHref } from './articleLinks.ts';

describe('safeHref', () => {
  it('links only absolute http(s) URLs', () => {
    expect(safeHref('https://news.example/a')).toBe('https://news.example/a');
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '//evil.example',
      'https:evil.example',
      '/relative',
      null,
    ])
      expect(safeHref(bad), String(bad)).toBeNull();
  });
});

describe('publishedLabel', () => {
  it('shows the precision the source gave', () => {
    expect(publishedLabel('2026-01-01T00:00:00.000Z', 'YEAR')).toBe('2026');
    expect(publishedLabel('2026-03-01T00:00:00.000Z', 'MONTH')).toBe('2026-03');
    expect(publishedLabel('2026-03-05T10:00:00.000Z', 'TIME')).toBe('2026-03-05');
    expect(publishedLabel('2026-11-30T09:00:00.000Z', 'UNKNOWN')).toBe('date unknown');
  });
});
