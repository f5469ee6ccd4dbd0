import { afterEach, describe, expect, it, vi } from 'vitest';
import { addFeed } from './feedsClient.ts';
import { forgetLocalSessionKey } from './localSessionKey.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('feed requests with the local session key', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetLocalSessionKey();
  });

  it('after a server restart (401 with the old key) asks for the new key and sends once more', async () => {
    const keys = ['key-of-the-old-run', 'key-of-the-new-run'];
    const sent: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        if (url === '/api/session') return json(200, { key: keys.shift() });
        const auth = new Headers(init.headers).get('authorization') ?? '';
        sent.push(auth);
        return auth === 'Bearer key-of-the-new-run'
          ? json(200, { data: { addFeed: { url: 'https://example.org/feed.xml' } } })
          : json(401, { errors: [{ message: 'Mutations need a valid API key' }] });
      }),
    );
    await expect(addFeed('https://example.org/feed.xml', '')).resolves.toEqual({
      addFeed: { url: 'https://example.org/feed.xml' },
    });
    expect(sent).toEqual(['Bearer key-of-the-old-run', 'Bearer key-of-the-new-run']);
  });

  it('a typed key that is refused is reported, not replaced', async () => {
    const fetchMock = vi.fn(async () => json(401, { errors: [{ message: 'Mutations need a valid API key' }] }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(addFeed('https://example.org/feed.xml', 'a-typed-key-0123456789')).rejects.toThrow(
      'Mutations need a valid API key',
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
