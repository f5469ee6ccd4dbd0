import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_FILE_BYTES, MAX_COLLECTION_FILE_BYTES } from './fileSizeCaps.ts';
import { readSources } from './readSources.ts';
import type { SourceItem } from './sourceItem.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-caps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (items: AsyncIterable<SourceItem>) => {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
};

/** A file of `bytes` bytes: a header, then one word repeated (written in 1 MiB pieces). */
function writeBig(name: string, head: string, bytes: number, tail = ''): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  const piece = Buffer.alloc(1024 * 1024, 'news ');
  let left = bytes - head.length - tail.length;
  while (left > 0) {
    left -= writeSync(fd, piece, 0, Math.min(piece.length, left));
  }
  writeSync(fd, tail);
  closeSync(fd);
  return path;
}

describe('ingest size caps (issue 12 §2)', () => {
  it('a one-article file over the cap is refused unread with a per-file TOO_LARGE; the next file is still read', async () => {
    const big = writeBig('huge.md', '---\ntitle: Huge\n---\n', MAX_ARTICLE_FILE_BYTES + 1);
    const small = writeBig('small.txt', 'Small\n\n', 2_000);
    const items = await collect(readSources([big, small]));
    expect(items).toHaveLength(2);
    expect(items[0]!.error?.code).toBe('TOO_LARGE');
    expect(items[0]!.error?.message).toMatch(
      /huge\.md: the input is 8\.0 MiB, over the 8\.0 MiB limit for this format \(an article is at most 2097152 characters\)/,
    );
    expect(items[1]!.article?.title).toBe('Small');
  });

  it('a large JSON Lines file is not capped: it is streamed line by line', async () => {
    const line = (i: number) =>
      `${JSON.stringify({ title: `Line ${i}`, publishedAt: '2026-01-01', text: 'x'.repeat(100_000) })}\n`;
    const path = join(dir, 'many.jsonl');
    const fd = openSync(path, 'w');
    const lines = Math.ceil((MAX_ARTICLE_FILE_BYTES + 1) / line(0).length) + 1;
    for (let i = 0; i < lines; i++) writeSync(fd, line(i));
    closeSync(fd);
    let count = 0;
    for await (const item of readSources([path])) {
      expect(item.error).toBeUndefined();
      count += 1;
    }
    expect(count).toBe(lines);
  });

  it('standard input stops at the collection cap', async () => {
    const chunk = Buffer.alloc(4 * 1024 * 1024, 'a');
    const pieces = Math.ceil(MAX_COLLECTION_FILE_BYTES / chunk.length) + 1;
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < pieces; i++) yield chunk;
      })(),
    );
    const items = await collect(readSources(['-'], { stdin }));
    expect(items).toHaveLength(1);
    expect(items[0]!.error?.code).toBe('TOO_LARGE');
    expect(items[0]!.error?.message).toMatch(/^-: the input is over the 64\.0 MiB limit/);
  });
});
