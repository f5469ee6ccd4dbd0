import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphConnection } from '@newsgraph/graph';
import { ingestUploadedFile, type UploadProgress } from '@newsgraph/ingest';
import type { ApiConfig } from '../config.ts';
import { countUpload } from '../ops/ingestCounters.ts';
import type { Metrics } from '../ops/metrics.ts';
import { refuseUpload } from './uploadAuth.ts';

export const UPLOAD_PATH = '/api/articles';

const NAME_MAX = 200;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const refusal = (res: ServerResponse, status: number, code: string, message: string) =>
  sendJson(res, status, { error: { code, message } });

/** The body as bytes, stopped as soon as it passes `maxBytes` (a huge upload is never held whole). */
async function readCapped(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * POST /api/articles?name=<file name> — one article file as the raw request body (every format `pnpm ingest`
 * reads, told by the name's extension). Read through the CLI's readers and ingested by its pipeline
 * (`ingestUploadedFile`); a file with any bad article is refused whole, so nothing is half-written.
 * Answer: JSON `{result}` (200 when read and ingested, 422 when refused), or — with `Accept: application/x-ndjson`
 * — one JSON line per step (`{progress: …}`) and then `{result}`, so the page can draw each file's progress.
 */
export function createArticleUploadHandler(options: {
  graph: GraphConnection;
  config: ApiConfig;
  /** The server's registry: each upload's articles written and failed are counted there. */
  metrics: Metrics;
  afterWrite?: () => void;
}) {
  const { graph, config } = options;
  return async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return refusal(res, 405, 'METHOD_NOT_ALLOWED', 'POST one file per request.');
    }
    const refused = refuseUpload(req, config);
    if (refused) return refusal(res, refused.status, refused.code, refused.message);
    const name = (url.searchParams.get('name') ?? '').trim();
    // eslint-disable-next-line no-control-regex -- refusing control characters in a file name is the point
    if (!name || name.length > NAME_MAX || /[\u0000-\u001f/\\]/.test(name)) {
      return refusal(
        res,
        400,
        'BAD_FILE_NAME',
        `?name= must be the file's name (1–${NAME_MAX} characters, no slashes), e.g. ?name=article.md — its extension says the format.`,
      );
    }
    const bytes = await readCapped(req, config.maxUploadBytes);
    if (!bytes) {
      res.setHeader('Connection', 'close'); // the rest of the body is not read
      return refusal(
        res,
        413,
        'TOO_LARGE',
        `${name} is over ${config.maxUploadBytes} bytes; use pnpm ingest for large files.`,
      );
    }
    const streaming = (req.headers.accept ?? '').includes('application/x-ndjson');
    if (streaming)
      res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
    const onProgress = streaming
      ? (progress: UploadProgress) => res.write(`${JSON.stringify({ progress })}\n`)
      : undefined;
    const result = await ingestUploadedFile(graph, { name, bytes }, { onProgress });
    countUpload(options.metrics, result);
    if (result.status === 'ok' && result.articles.new + result.articles.updated > 0) options.afterWrite?.();
    if (streaming) res.end(`${JSON.stringify({ result })}\n`);
    else sendJson(res, result.status === 'ok' ? 200 : 422, { result });
  };
}
