import { describe, expect, it } from 'vitest';
import { sentencesMentioningBoth } from './coMentionSentences.ts';
import { luceneQuery } from './readEntities.ts';
import { bucketEnd, bucketRange, bucketStart } from './timeBuckets.ts';

describe('time buckets', () => {
  it('weeks start on Monday, months on the 1st', () => {
    expect(bucketStart('2026-01-08', 'WEEK')).toBe('2026-01-05');
    expect(bucketStart('2026-01-11', 'WEEK')).toBe('2026-01-05');
    expect(bucketEnd('2026-01-05', 'WEEK')).toBe('2026-01-11');
    expect(bucketEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(bucketRange('2025-12-30', '2026-01-12', 'WEEK')).toEqual(['2025-12-29', '2026-01-05', '2026-01-12']);
    expect(bucketRange('2020-01-01', '2030-01-01', 'DAY', 100)).toBeNull();
  });
});

describe('co-mention sentences', () => {
  it('finds the sentences naming both', () => {
    const text = 'Rubio called de la Fuente. Trump spoke.\nRubio and Trump met.';
    const rubio = [0, 5, 40, 45];
    const trump = [27, 32, 50, 55];
    expect(sentencesMentioningBoth(text, rubio, trump).map((s) => s.text)).toEqual(['Rubio and Trump met.']);
  });
});

describe('luceneQuery', () => {
  it('escapes operators and adds prefix and fuzzy forms', () => {
    expect(luceneQuery('Nicolás')).toBe('(nicolas^3 OR nicolas*^2 OR nicolas~1)');
    expect(luceneQuery('de la "Fuente"')).toBe(
      '(de^3 OR de*^2) AND (la^3 OR la*^2) AND (fuente^3 OR fuente*^2 OR fuente~1)',
    );
    expect(luceneQuery('"(:)')).toBe('');
    // The first, cheaper pass of a search: no fuzzy terms.
    expect(luceneQuery('Nicolás Maduro', { fuzzy: false })).toBe(
      '(nicolas^3 OR nicolas*^2) AND (maduro^3 OR maduro*^2)',
    );
  });
});
