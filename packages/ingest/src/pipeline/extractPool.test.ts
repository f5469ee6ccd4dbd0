import { describe, expect, it } from 'vitest';
import type { ArticleInput, Extractor as ArticleExtractor, ExtractOutcome } from '@newsgraph/extract';
import { CHUNK_ARTICLES, createExtractorPool, sharedExtractor } from './extractPool.ts';

/** A stand-in extractor whose "worker" dies on any text containing CRASH, like a spaCy process killed mid-batch. */
function crashingFactory() {
  const opened: { closed: boolean }[] = [];
  const open = (): ArticleExtractor => {
    const state = { closed: false, dead: false };
    opened.push(state);
    return {
      extract: async () => {
        throw new Error('unused');
      },
      extractMany: async (inputs: ArticleInput[]) => {
        if (state.dead) throw new Error('the spaCy worker exited (SIGKILL)');
        if (inputs.some((i) => i.text.includes('CRASH'))) {
          state.dead = true;
          throw new Error('the spaCy worker exited (SIGKILL)');
        }
        return inputs.map((i) => ({ ok: true, extraction: { text: i.text } }) as unknown as ExtractOutcome);
      },
      info: async () => ({ ready: true }),
      close: async () => {
        state.closed = true;
      },
    };
  };
  return { open, opened };
}

describe('createExtractorPool', () => {
  it('restarts a crashed worker and retries its batch article by article, so only the culprit fails', async () => {
    const { open, opened } = crashingFactory();
    const pool = createExtractorPool(2, open);
    const out = await pool.extract([{ text: 'one' }, { text: 'CRASH here' }, { text: 'three' }]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(out[1]).toMatchObject({ ok: false, code: 'EXTRACT_FAILED', message: expect.stringMatching(/exited/) });
    // Started once, restarted after the batch failed and again after the culprit killed the fresh worker.
    expect(opened).toHaveLength(3);
    expect(opened.slice(0, 2).every((s) => s.closed)).toBe(true);
    expect((await pool.extract([{ text: 'later' }]))[0]!.ok).toBe(true);
    await pool.close();
    expect(opened[2]!.closed).toBe(true);
  });

  it('sends a batch in chunks (each to the least busy worker) and keeps the articles in order', async () => {
    const sizes: number[] = [];
    const { open } = crashingFactory();
    const pool = createExtractorPool(2, () => {
      const inner = open();
      return { ...inner, extractMany: (inputs) => (sizes.push(inputs.length), inner.extractMany(inputs)) };
    });
    const inputs = Array.from({ length: 2 * CHUNK_ARTICLES + 5 }, (_, i) => ({ text: `article ${i}` }));
    const out = await pool.extract(inputs);
    expect(sizes).toEqual([CHUNK_ARTICLES, CHUNK_ARTICLES, 5]);
    expect(out.map((o) => (o.ok ? o.extraction.text : null))).toEqual(inputs.map((i) => i.text));
  });

  it('gives up restarting a worker that keeps dying', async () => {
    const { open } = crashingFactory();
    const pool = createExtractorPool(1, open);
    const bad = Array.from({ length: 6 }, (_, i) => ({ text: `CRASH ${i}` }));
    await expect(pool.extract(bad)).rejects.toThrow(/giving up/);
  });

  it('extracts real articles through spaCy workers; a bad article fails in its slot', async () => {
    const pool = createExtractorPool(2);
    try {
      expect(pool.workers).toBe(2);
      const out = await pool.extract([
        {
          text: 'Mexican President Claudia Sheinbaum said on Monday that talks would continue.',
          publishedAt: '2026-01-12',
        },
        { text: '', publishedAt: 'not a date' },
      ]);
      expect(out[0]).toMatchObject({ ok: true });
      const first = out[0] as Extract<ExtractOutcome, { ok: true }>;
      expect(first.extraction.entities.map((e) => e.name)).toContain('Claudia Sheinbaum');
      expect(out[1]).toMatchObject({ ok: false, code: 'BAD_DATE' });
      // The shared single worker gives the same extraction (deterministic given the parse).
      expect(
        await sharedExtractor().extract([
          {
            text: 'Mexican President Claudia Sheinbaum said on Monday that talks would continue.',
            publishedAt: '2026-01-12',
          },
        ]),
      ).toEqual([out[0]]);
    } finally {
      await pool.close();
    }
    // Starting spaCy (loading the model) takes seconds on a busy 2-core machine.
  }, 60_000);
});
