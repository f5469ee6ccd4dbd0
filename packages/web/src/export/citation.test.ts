import { describe, expect, it } from 'vitest';
import type { StatementItem } from '../api/queries.ts';
import { formatCitation } from './citation.ts';
import { csvField, statementsCsv } from './csv.ts';

const article = {
  id: 'a1',
  title: 'Mexican President Touts Anti-Cartel Progress',
  source: 'Example Times',
  url: 'https://example.org/a1',
  publishedAt: '2026-01-09T00:00:00Z',
  publishedAtPrecision: 'DAY' as const,
};
const statement = (over: Partial<StatementItem> = {}): StatementItem => ({
  id: 's1',
  text: 'There are very compelling results',
  kind: 'DIRECT',
  verb: 'emphasized',
  date: '2026-01-09',
  datePrecision: 'DAY',
  dateText: 'Friday',
  stance: null,
  sourceCount: 1,
  speakers: [{ id: 'person:claudia-sheinbaum', name: 'Claudia Sheinbaum', kind: 'PERSON' }],
  about: [{ id: 'country:MX', name: 'Mexico', kind: 'COUNTRY' }],
  evidence: [{ sentence: '“There are very compelling results,” Sheinbaum emphasized.', start: 0, end: 60, article }],
  ...over,
});

describe('citation', () => {
  it('keeps a month the text gave as a month', () => {
    expect(formatCitation(statement({ date: '2019-09-01', datePrecision: 'MONTH' }))).toContain(
      '— Claudia Sheinbaum, in September 2019.',
    );
  });

  it('has the quote, speaker, date said, outlet, title, URL and date published', () => {
    expect(formatCitation(statement())).toBe(
      '“There are very compelling results” — Claudia Sheinbaum, on 2026-01-09. Reported in “Mexican President Touts Anti-Cartel Progress”, Example Times, published 2026-01-09. https://example.org/a1',
    );
  });

  it('never puts reported speech in quotation marks, and says when the date or outlet is unknown', () => {
    const c = formatCitation(
      statement({
        kind: 'INDIRECT',
        text: 'Mexico’s position that intervention is unnecessary',
        date: null,
        evidence: [{ ...statement().evidence[0]!, article: { ...article, source: null, url: null } }],
      }),
    );
    expect(c).toMatch(/^\(reported speech\) Mexico’s position/);
    expect(c).toContain('date not stated');
    expect(c).toContain('unknown outlet');
    expect(c).not.toContain('http');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and newlines, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(null)).toBe('');
  });

  it('defuses formulas after leading blanks too, and leaves numbers alone', () => {
    for (const cell of ['  =1+1', '\t=1+1', ' \u00a0+SUM(A1)', '   -2+3', ' @cmd', '\u3000=x', '\uff1dHYPERLINK("x")'])
      expect(csvField(cell).replace(/^"/, '').startsWith("'"), JSON.stringify(cell)).toBe(true);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(' plain')).toBe(' plain');
  });

  it('one row per statement with its article', () => {
    const csv = statementsCsv([statement(), statement({ id: 's2', kind: 'INDIRECT', date: null })]);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'date,date_text,speaker,kind,verb,statement,about,sentence,article_title,outlet,url,published,outlets',
    );
    expect(lines[1]).toContain(
      '2026-01-09,Friday,Claudia Sheinbaum,direct,emphasized,There are very compelling results,Mexico,',
    );
    expect(lines[2]!.startsWith(',Friday,Claudia Sheinbaum,indirect')).toBe(true);
  });
});
