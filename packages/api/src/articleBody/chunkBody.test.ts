import { describe, expect, it } from 'vitest';
import { indexBody } from './bodyIndex.ts';
import { chunkBody, chunkIndexAt, MAX_CHUNK_CHARS } from './chunkBody.ts';

const texts = (text: string, start = 0, end = text.length) =>
  chunkBody(text, start, end).map((c) => text.slice(c.start, c.end));

describe('chunkBody', () => {
  it('one chunk per paragraph, blank lines and edge white space dropped, offsets in the whole text', () => {
    const text = 'CHROME\n  First paragraph. \n\n\nSecond one.\n \nThird.\nTRAILER';
    const start = text.indexOf('  First');
    const end = text.indexOf('\nTRAILER');
    expect(texts(text, start, end)).toEqual(['First paragraph.', 'Second one.', 'Third.']);
    expect(chunkBody(text, start, end).map((c) => c.index)).toEqual([0, 1, 2]);
  });

  it('cuts a long line at spaces into pieces of at most the cap that rejoin to the line', () => {
    const line = Array.from({ length: 1_000 }, (_, i) => `w${i}`).join(' ');
    const pieces = texts(line);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      expect(p).toBe(p.trim());
    }
    expect(pieces.join(' ')).toBe(line);
  });

  it('cuts a line without spaces hard at the cap, never inside a surrogate pair', () => {
    const line = 'x'.repeat(MAX_CHUNK_CHARS - 1) + '😀'.repeat(10);
    const pieces = texts(line);
    expect(pieces.join('')).toBe(line);
    expect(pieces[0]).toBe('x'.repeat(MAX_CHUNK_CHARS - 1));
    expect(pieces[1]!.startsWith('😀')).toBe(true);
  });

  it('an empty or white body has no chunks', () => {
    expect(chunkBody('', 0, 0)).toEqual([]);
    expect(chunkBody(' \n\n \t', 0, 5)).toEqual([]);
  });
});

describe('chunkIndexAt', () => {
  const text = 'aaa\n\nbbb\n\nccc';
  const chunks = chunkBody(text, 0, text.length);
  it('finds the chunk holding an offset, the next one for an offset between chunks, -1 past the end', () => {
    expect(chunkIndexAt(chunks, 0)).toBe(0);
    expect(chunkIndexAt(chunks, 2)).toBe(0);
    expect(chunkIndexAt(chunks, 3)).toBe(1); // the line break after "aaa"
    expect(chunkIndexAt(chunks, text.indexOf('ccc') + 2)).toBe(2);
    expect(chunkIndexAt(chunks, text.length)).toBe(-1);
  });
});

describe('indexBody', () => {
  it('counts each chunk boundary in code points too: a surrogate pair is one', () => {
    const text = '😀 top\n\nab😀c\n\n𝄞𝄞 end 😀';
    const { chunks, length } = indexBody(text, 2, text.length);
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual(['top', 'ab😀c', '𝄞𝄞 end 😀']);
    const points = Array.from(text); // code points, as Cypher counts
    expect(chunks.map((c) => points.slice(c.pointStart, c.pointEnd).join(''))).toEqual(['top', 'ab😀c', '𝄞𝄞 end 😀']);
    expect(length).toBe(text.length - 2);
  });
});
