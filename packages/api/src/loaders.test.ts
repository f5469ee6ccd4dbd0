import { GraphConnection } from '@newsgraph/graph';
import { describe, expect, it } from 'vitest';
import { timeoutError } from './errors.ts';
import { createLoaders } from './loaders.ts';

// The deadline has passed before a batch starts: readOptions() throws TIMEOUT synchronously inside the batch
// function, before any query. The connection has no driver: a batch that tried to query would fail differently.
const noDriver = Object.create(GraphConnection.prototype) as GraphConnection;
const expired = () => {
  throw timeoutError(15_000);
};

describe('per-request loaders', () => {
  it('a batch refused by the deadline rejects with TIMEOUT, not DataLoader’s "errored synchronously"', async () => {
    const loaders = createLoaders(noDriver, expired);
    await expect(loaders.entity.load('person:x')).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    await expect(loaders.article.load('article:x')).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    const keyed = loaders.keyed('mentions', {}, (ids) => {
      expired();
      return Promise.resolve(ids.map(() => null));
    });
    await expect(keyed.load('person:x')).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
  });
});
