import type { IncomingMessage } from 'node:http';
import { hasValidApiKey } from '../auth.ts';
import type { ApiConfig } from '../config.ts';
import { isKeylessLoopback, refuseCrossSite, refuseNonLoopbackHost, type LocalRefusal } from './localRequestGuard.ts';

/**
 * Who may write articles through the page. Bound to loopback with no keys configured (the default
 * `./newsgraph start`), only this machine can connect, so no key is asked — but the Host header must name a
 * loopback host (a DNS-rebinding page reaches 127.0.0.1 under its own name). Bound to any other interface, or
 * once keys are configured (the CSRF header and Origin checks of localRequestGuard.ts apply either way), an API key is required; off loopback without keys, uploads are off.
 */
export function refuseUpload(req: IncomingMessage, config: ApiConfig): LocalRefusal | null {
  const crossSite = refuseCrossSite(req, 'Uploads', config.corsOrigins);
  if (crossSite) return crossSite;
  if (isKeylessLoopback(config)) return refuseNonLoopbackHost(req, 'Uploads');
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
