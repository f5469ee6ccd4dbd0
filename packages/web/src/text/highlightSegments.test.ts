import { describe, expect, it } from 'vitest';
import { highlightSegments, nameSpans } from './highlightSegments.ts';

describe('highlightSegments', () => {
  it('cuts text into plain and marked runs, dropping overlaps and clipping out-of-range spans', () => {
    const text = 'Rubio called de la Fuente.';
    const segs = highlightSegments(text, [
      { start: 13, end: 25, id: 'fuente' },
      { start: 0, end: 5, id: 'rubio' },
      { start: 2, end: 8, id: 'overlap' },
      { start: 20, end: 99, id: 'clipped-overlap' },
    ]);
    expect(segs.map((s) => [s.text, s.mark?.id])).toEqual([
      ['Rubio', 'rubio'],
      [' called ', undefined],
      ['de la Fuente', 'fuente'],
      ['.', undefined],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('keeps markup as text', () => {
    const segs = highlightSegments('<img src=x onerror=alert(1)> Mexico', [{ start: 29, end: 35, id: 'mx' }]);
    expect(segs[0]!.text).toBe('<img src=x onerror=alert(1)> ');
  });
});

describe('nameSpans', () => {
  it('finds whole-word, case-insensitive names, longest first', () => {
    const text = 'Secretary Marco Rubio met Rubiowski; rubio left.';
    const spans = nameSpans(text, [{ id: 'p', kind: 'PERSON', names: ['Marco Rubio', 'Rubio'] }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Marco Rubio', 'Rubio', 'rubio']);
    // 'Rubio' inside 'Marco Rubio' is dropped later by highlightSegments' overlap rule.
    expect(
      highlightSegments(text, spans)
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(['Marco Rubio', 'rubio']);
  });
});
