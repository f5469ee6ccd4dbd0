import { describe, expect, it } from 'vitest';

describe('metrics registries', () => {
  it('importing the metrics and ingest-counter modules registers nothing; a server’s registry counts only while subscribed', async () => {
    const metricsModule = await import('./metrics.ts');
    const countersModule = await import('./ingestCounters.ts');
    // No registry, counter or subscription made at import: both modules export functions only.
    for (const [name, value] of Object.entries({ ...metricsModule, ...countersModule }))
      expect(typeof value, name).toBe('function');

    const a = metricsModule.createMetrics();
    const b = metricsModule.createMetrics(); // a second server's: same metric names, no clash
    const stop = countersModule.countFeedPolls(a.metrics);
    countersModule.countUpload(b.metrics, {
      status: 'ok',
      articles: { total: 2, new: 2, updated: 0, unchanged: 0, failed: 0 },
    } as Parameters<typeof countersModule.countUpload>[1]);
    stop();
    const written = async (m: typeof a) =>
      (await m.registry.getSingleMetric('newsgraph_articles_written_total')!.get()).values.map((v) => v.value);
    expect(await written(b)).toEqual([2]);
    expect(await written(a)).toEqual([]);
    expect(await a.scrape()).toMatch(/^process_cpu_user_seconds_total /m);
  });
});
