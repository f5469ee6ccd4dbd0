import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for the origins in NEWSGRAPH_CORS_ORIGINS (`*` = any). Answers preflights itself; returns true when
 * the request was a preflight and is fully handled. Without configured origins nothing is added: the page and
 * the API share one origin, and browsers then refuse cross-origin reads.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || allowed.length === 0) return false;
  const any = allowed.includes('*');
  if (!any && !allowed.includes(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
  if (!any) res.setHeader('Vary', 'Origin');
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'Access-Control-Allow-Headers',
      req.headers['access-control-request-headers'] ?? 'content-type, authorization',
    );
    res.setHeader('Access-Control-Max-Age', '600');
    res.statusCode = 204;
    res.end();
    return true;
  }
  return false;
}
