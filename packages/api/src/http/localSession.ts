import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiConfig } from '../config.ts';
import { isKeylessLoopback, refuseNonLocalRequest, SAME_ORIGIN_ONLY } from './localRequestGuard.ts';

export const SESSION_PATH = '/api/session';

/**
 * The per-start local session key. On the default `./newsgraph start` (loopback, no NEWSGRAPH_API_KEYS) the
 * page's feed buttons are GraphQL mutations, and mutations need a key: rather than exempt them, this process makes
 * one random key at start, held in memory only and accepted like a configured key until it exits. The page reads
 * it from GET /api/session, which answers only this machine's own page (the upload's guard, same origin only).
 * With configured keys or off loopback there is none: the page's API-key field is the way then.
 */
export function createLocalSessionKey(config: Pick<ApiConfig, 'apiKeys' | 'host'>): string | null {
  return isKeylessLoopback(config) ? randomBytes(32).toString('base64url') : null;
}

function answer(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  // The key must not land in any cache (browser, proxy, back/forward).
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

const refusal = (res: ServerResponse, status: number, code: string, message: string) =>
  answer(res, status, { error: { code, message } });

/** GET /api/session → { key } for this machine's page; 404 when this start has no local key; 4xx when refused. */
export function createSessionHandler(sessionKey: string | null) {
  return function handleSession(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      return refusal(res, 405, 'METHOD_NOT_ALLOWED', 'GET /api/session.');
    }
    if (!sessionKey) {
      return refusal(
        res,
        404,
        'NO_LOCAL_SESSION',
        'No local session key: the server has API keys configured or listens beyond loopback. Enter one of NEWSGRAPH_API_KEYS in the "API key" field.',
      );
    }
    const refused = refuseNonLocalRequest(req, 'The local session key', SAME_ORIGIN_ONLY);
    if (refused) return refusal(res, refused.status, refused.code, refused.message);
    answer(res, 200, { key: sessionKey });
  };
}
