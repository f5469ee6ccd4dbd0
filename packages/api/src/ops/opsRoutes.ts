import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasValidApiKey } from '../auth.ts';
import type { ApiConfig } from '../config.ts';
import { isLoopbackHost } from '../http/localRequestGuard.ts';
import type { DatabaseHealth } from './databaseHealth.ts';
import type { ServerMetrics } from './metrics.ts';

/**
 * GET /healthz — the process is alive and serving HTTP (200 always; a supervisor restarts the process when this
 * stops answering). GET /readyz — 200 only while Neo4j answers and every schema file is applied; 503 with the
 * reason otherwise and during shutdown. GET /metrics — Prometheus text; open on loopback, and when the server binds
 * any other address it needs an API key like mutations (`Authorization: Bearer <key>`), because process and
 * traffic figures are not for the public. Returns false for any other path.
 */
export async function serveOpsRoute(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  config: ApiConfig,
  health: DatabaseHealth,
  metrics: ServerMetrics,
): Promise<boolean> {
  if (path !== '/healthz' && path !== '/readyz' && path !== '/metrics') return false;
  res.setHeader('Cache-Control', 'no-store');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, HEAD');
    res.end('Method not allowed');
    return true;
  }
  if (path === '/healthz') {
    json(res, 200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
    return true;
  }
  if (path === '/readyz') {
    const snapshot = health.snapshot();
    const ready = snapshot.state === 'up';
    json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready', database: snapshot });
    return true;
  }
  if (!isLoopbackHost(config.host) && !hasValidApiKey(req.headers.authorization, config.apiKeys)) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    json(res, 401, {
      error:
        'GET /metrics needs an API key when the server listens beyond loopback: send Authorization: Bearer <one of NEWSGRAPH_API_KEYS>.',
    });
    return true;
  }
  const text = await metrics.scrape();
  res.statusCode = 200;
  res.setHeader('Content-Type', metrics.contentType);
  res.end(text);
  return true;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
