import type { IncomingMessage } from 'node:http';
import { hasValidApiKey } from '../auth.ts';
import type { ApiConfig } from '../config.ts';

/** The header the page sends with every upload. A cross-site form cannot set it, and a cross-origin fetch that
 *  sets it needs a CORS preflight the server refuses unless its origin is configured: the upload's CSRF guard. */
export const UPLOAD_CSRF_HEADER = 'x-newsgraph-upload';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);
const isLoopbackHost = (host: string) => LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

/** The host name of a Host header ("[::1]:4000" → "::1", "localhost:4000" → "localhost"). */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(header) ?? /^([^:]+)(?::\d+)?$/.exec(header);
  return (m?.[1] ?? header).toLowerCase();
}

export type UploadRefusal = { status: number; code: string; message: string };

/**
 * Who may write articles through the page. Bound to loopback with no keys configured (the default
 * `./newsgraph start`), only this machine can connect, so no key is asked — but the Host header must name a
 * loopback host (a DNS-rebinding page reaches 127.0.0.1 under its own name). Bound to any other interface, or
 * once keys are configured, an API key is required; off loopback without keys, uploads are off.
 */
export function refuseUpload(req: IncomingMessage, config: ApiConfig): UploadRefusal | null {
  if (req.headers[UPLOAD_CSRF_HEADER] !== '1') {
    return {
      status: 400,
      code: 'CSRF_HEADER_MISSING',
      message: `Uploads must carry the header "${UPLOAD_CSRF_HEADER}: 1" (cross-site request protection).`,
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
    if (originHost !== req.headers.host && !config.corsOrigins.includes(origin) && !config.corsOrigins.includes('*')) {
      return {
        status: 403,
        code: 'FORBIDDEN_ORIGIN',
        message: `Uploads from ${origin.slice(0, 100)} are not allowed (add it to NEWSGRAPH_CORS_ORIGINS).`,
      };
    }
  }
  const keyless = config.apiKeys.length === 0 && isLoopbackHost(config.host);
  if (keyless) {
    if (!isLoopbackHost(hostName(req.headers.host))) {
      return {
        status: 403,
        code: 'FORBIDDEN_HOST',
        message:
          'Without an API key, uploads are accepted only for a loopback host name (localhost, 127.0.0.1, [::1]).',
      };
    }
    return null;
  }
  if (config.apiKeys.length === 0) {
    return {
      status: 403,
      code: 'UPLOADS_DISABLED',
      message: `The server listens on ${config.host}, not on loopback: uploads need an API key, and none is configured (set NEWSGRAPH_API_KEYS).`,
    };
  }
  if (!hasValidApiKey(req.headers.authorization, config.apiKeys)) {
    return {
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'Uploads need Authorization: Bearer <api key> (the "API key" field of the Add articles panel).',
    };
  }
  return null;
}
