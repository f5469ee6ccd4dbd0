import type { IncomingMessage } from 'node:http';
import { LOCAL_CSRF_HEADER } from '@newsgraph/model/localRequest';
import type { ApiConfig } from '../config.ts';

// The header the page sends with uploads and with its local-session request (spelled once, in @newsgraph/model). A
// cross-site form cannot set it, and a cross-origin fetch that sets it needs a CORS preflight the server refuses
// unless its origin is configured: the CSRF guard shared by POST /api/articles and GET /api/session.
export { LOCAL_CSRF_HEADER };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopbackHost = (host: string) => LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

/** The default `./newsgraph start`: bound to loopback, no API keys configured — only this machine can connect. */
export const isKeylessLoopback = (config: Pick<ApiConfig, 'apiKeys' | 'host'>) =>
  config.apiKeys.length === 0 && isLoopbackHost(config.host);

/** The host name of a Host header ("[::1]:4000" → "::1", "localhost:4000" → "localhost"). */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(header) ?? /^([^:]+)(?::\d+)?$/.exec(header);
  return (m?.[1] ?? header).toLowerCase();
}

export type LocalRefusal = { status: number; code: string; message: string };

/**
 * The cross-site guard: the CSRF header (a plain cross-site form or image cannot send it) and an Origin, when
 * present, naming this very host or one of `allowedOrigins` (the upload accepts NEWSGRAPH_CORS_ORIGINS; the
 * session key none, so it never reaches another origin). `what` names the request in the messages.
 */
export function refuseCrossSite(
  req: IncomingMessage,
  what: string,
  allowedOrigins: readonly string[],
): LocalRefusal | null {
  if (req.headers[LOCAL_CSRF_HEADER] !== '1') {
    return {
      status: 400,
      code: 'CSRF_HEADER_MISSING',
      message: `${what} must carry the header "${LOCAL_CSRF_HEADER}: 1" (cross-site request protection).`,
    };
  }
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let originHost = '';
    try {
      originHost = new URL(origin).host;
    } catch {
      /* refused below */
    }
    if (originHost !== req.headers.host && !allowedOrigins.includes(origin) && !allowedOrigins.includes('*')) {
      return {
        status: 403,
        code: 'FORBIDDEN_ORIGIN',
        message: `${what} from ${origin.slice(0, 100)}: origin not allowed${allowedOrigins === SAME_ORIGIN_ONLY ? ' (same origin only)' : ' (add it to NEWSGRAPH_CORS_ORIGINS)'}.`,
      };
    }
  }
  return null;
}

/** For refuseCrossSite: no origin but the page's own. */
export const SAME_ORIGIN_ONLY: readonly string[] = Object.freeze([]);

const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'] as const;

/**
 * Keyless requests are trusted only because only this machine can connect — but a DNS-rebinding page reaches
 * 127.0.0.1 under its own name, and its Host header says so: the Host must name a loopback host.
 */
export function refuseNonLoopbackHost(req: IncomingMessage, what: string): LocalRefusal | null {
  // A reverse proxy on this machine connects from loopback with a loopback Host (nginx's default) on behalf of
  // anyone: a forwarded request is never keyless.
  const forwardedBy = FORWARDING_HEADERS.find((h) => req.headers[h] !== undefined);
  if (forwardedBy) {
    return {
      status: 403,
      code: 'FORWARDED_REQUEST',
      message: `${what} without an API key: not through a proxy (the request carries ${forwardedBy}); set NEWSGRAPH_API_KEYS and send the key.`,
    };
  }
  if (isLoopbackHost(hostName(req.headers.host))) return null;
  return {
    status: 403,
    code: 'FORBIDDEN_HOST',
    message: `${what} without an API key: accepted only for a loopback host name (localhost, 127.0.0.1, [::1]).`,
  };
}

/** Both guards: a keyless request from this machine's own page. */
export const refuseNonLocalRequest = (req: IncomingMessage, what: string, allowedOrigins: readonly string[]) =>
  refuseCrossSite(req, what, allowedOrigins) ?? refuseNonLoopbackHost(req, what);
