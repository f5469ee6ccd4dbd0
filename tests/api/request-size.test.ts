// The GraphQL body cap (NEWSGRAPH_MAX_BODY_BYTES) over real HTTP: a body over it is refused with 413 before it is
// parsed — by its declared length, and while streaming when the length is not declared — and runs no Cypher.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useHostileServer } from '../support/hostileServer.ts';

const MAX = 4_096;

/** POST /graphql with the body sent in chunks and no Content-Length (chunked), as a streaming client would. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

/**
 * A hang detector, not a speed limit: a server that checks the declared length answers as soon as the headers arrive;
 * one that does not waits for the other 9 999 900 bytes forever. The client gives up after this long and the test
 * fails naming the guard, instead of never finishing.
 */
const NO_ANSWER_MS = 30_000;

/** POST /graphql declaring `declared` bytes, sending `sent` of them, then nothing; the answer, or 'no answer'. */
function postDeclaredOnly(
  url: string,
  declared: number,
  sent: number,
): Promise<{ status: number; body: string } | 'no answer'> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(declared) } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          clearTimeout(giveUp);
          req.destroy(); // the rest of the declared body is never sent
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    const giveUp = setTimeout(() => {
      req.destroy();
      resolve('no answer');
    }, NO_ANSWER_MS);
    req.on('error', (error) => {
      clearTimeout(giveUp);
      reject(error); // no effect once answered or given up: destroying the request may report a reset
    });
    req.write(' '.repeat(sent));
  });
}

describe('request body cap', () => {
  const state = useHostileServer({ maxBodyBytes: MAX });
  const padded = (bytes: number) => JSON.stringify({ query: `{ __typename }${' '.repeat(bytes)}` });

  it('a body over the cap with its length declared: 413 with a code, no Cypher', async () => {
    const before = state.graph.queries.count;
    const res = await fetch(`${state.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: padded(MAX),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'BAD_REQUEST',
    );
    expect(state.graph.queries.count).toBe(before);
  });

  it('a declared length over the cap is refused before the body is read (the rest never has to arrive)', async () => {
    // 100 bytes of a body declared as 10 MB, then nothing: only a server that refuses on the declared length answers.
    const answer = await postDeclaredOnly(state.server.url, 10_000_000, 100);
    expect(
      answer,
      `declared-length cap broken: no answer within ${NO_ANSWER_MS / 1000} s to a body declared as 10 MB with 100 bytes sent (the server waited for a body it must refuse by its Content-Length)`,
    ).not.toBe('no answer');
    expect(answer).toMatchObject({ status: 413 });
    expect((answer as { body: string }).body).toContain('Request body over');
  }, 60_000);

  it('a chunked body without a length is cut off once it passes the cap', async () => {
    const body = padded(MAX * 4);
    const chunks = Array.from({ length: 16 }, (_, i) =>
      body.slice((i * body.length) / 16, ((i + 1) * body.length) / 16),
    );
    const res = await postChunked(state.server.url, chunks);
    expect(res.status).toBe(413);
  });

  it('a body under the cap is answered', async () => {
    const res = await fetch(`${state.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: padded(MAX / 2),
    });
    expect(res.status).toBe(200);
  });
});
