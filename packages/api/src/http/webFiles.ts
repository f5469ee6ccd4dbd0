import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The built web page (packages/web/dist) at `/`, with index.html for unknown paths (the page routes itself);
 * and the offline GraphiQL page (dist/graphiql.html) for browsers opening /graphql. When dist is missing,
 * a short page says how to build it.
 */
export function createWebFiles(dist: string) {
  let handler: Handler | null = null;
  const ready = () => existsSync(join(dist, 'index.html'));
  const notBuilt = (res: ServerResponse, what: string) => {
    res.statusCode = 503;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><meta charset="utf-8"><title>newsgraph</title><h1>The ${what} is not built yet</h1>` +
        `<p>Run <code>pnpm --filter @newsgraph/web build</code> (or <code>pnpm build</code>) and reload. ` +
        `<code>pnpm start</code> builds it automatically when it is missing. GraphQL answers POST requests at <code>/graphql</code> meanwhile.</p>`,
    );
  };
  return {
    serve(req: IncomingMessage, res: ServerResponse) {
      if (!ready()) return notBuilt(res, 'web page');
      // sirv scans dist once; created lazily so a build finished after start-up is picked up.
      handler ??= sirv(dist, { single: true, etag: true, gzip: false, brotli: false, dev: false }) as Handler;
      handler(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
    },
    serveGraphiql(res: ServerResponse) {
      const file = join(dist, 'graphiql.html');
      if (!existsSync(file)) return notBuilt(res, 'GraphQL IDE');
      res.statusCode = 200;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(readFileSync(file));
    },
  };
}
