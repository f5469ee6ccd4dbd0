import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractPool.ts';

describe('createExtractor', () => {
  it('runs the TypeScript extractor in worker threads (through tsx) with the same output as in-thread', async () => {
    const inputs = [
      { text: 'Mexican President Claudia Sheinbaum said on Monday that talks would continue.', publishedAt: '2026-01-12' },
      { text: '', publishedAt: 'not a date' },
    ];
    const pool = createExtractor(2);
    const inline = createExtractor(0);
    try {
      expect(pool.threads).toBe(2);
      const [threaded, local] = await Promise.all([pool.extract(inputs), inline.extract(inputs)]);
      expect(threaded).toEqual(local);
      expect(threaded[0]).toMatchObject({ ok: true });
      expect(threaded[1]).toMatchObject({ ok: false, code: 'BAD_DATE' });
    } finally {
      await pool.close();
    }
    // Starting workers that compile TypeScript takes seconds on a busy 2-core machine.
  }, 60_000);
});
