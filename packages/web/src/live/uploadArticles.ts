import { LOCAL_CSRF_HEADERS } from '@newsgraph/model/localRequest';
import { authHeaders } from './apiKey.ts';

/** What the server answers for one file (POST /api/articles, see packages/api/src/http/articleUpload.ts). */
export interface UploadResult {
  name: string;
  status: 'ok' | 'refused';
  articles: { total: number; new: number; updated: number; unchanged: number; failed: number };
  written: { entities: number; events: number; statements: number };
  articleIds: string[];
  errors: { origin: string; code: string; message: string }[];
  warnings: { origin: string; message: string }[];
}

export type UploadProgress =
  { phase: 'sending' } | { phase: 'read'; articles: number } | { phase: 'ingesting'; done: number; total: number };

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/**
 * The line shown for a failed upload: the error's code when it carries one (the server's refusal, NETWORK,
 * INCOMPLETE), then its message. Read from the `code` field, not from the error's class: an error made by another
 * copy of this module (a second bundle, a test's) or re-thrown as a plain object still shows its code.
 */
export function uploadFailureText(error: unknown): string {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
  };
  const text = typeof message === 'string' ? message : String(error);
  return typeof code === 'string' && code ? `${code}: ${text}` : text;
}

/**
 * Sends one file and follows its progress: the server streams one JSON line per step (read, each article
 * ingested) and then the result. A refusal before reading (auth, size, name) comes back as an UploadError.
 */
export async function uploadFile(
  file: { name: string; body: Blob | string },
  apiKey: string,
  onProgress: (p: UploadProgress) => void,
): Promise<UploadResult> {
  onProgress({ phase: 'sending' });
  let response: Response;
  try {
    response = await fetch(`/api/articles?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        accept: 'application/x-ndjson',
        ...LOCAL_CSRF_HEADERS,
        ...authHeaders(apiKey),
      },
      body: file.body,
    });
  } catch (error) {
    throw new UploadError(`The server did not answer (${(error as Error).message}).`, 'NETWORK');
  }
  if (!response.body || !(response.headers.get('content-type') ?? '').includes('ndjson')) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code: string; message: string };
      result?: UploadResult;
    } | null;
    if (body?.result) return body.result;
    throw new UploadError(
      body?.error?.message ?? `The server answered ${response.status}.`,
      body?.error?.code ?? `HTTP_${response.status}`,
    );
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  let result: UploadResult | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (!line) continue;
      const message = JSON.parse(line) as { progress?: UploadProgress; result?: UploadResult };
      if (message.progress) onProgress(message.progress);
      if (message.result) result = message.result;
    }
    if (done) break;
  }
  if (!result) throw new UploadError('The upload ended without a result (the server stopped?).', 'INCOMPLETE');
  return result;
}

/** A pasted article as the JSON file the CLI would read: the same schema (title, date, URL, source, text). */
export function pastedArticleFile(fields: {
  title: string;
  publishedAt: string;
  url: string;
  source: string;
  text: string;
}) {
  const article: Record<string, string> = { title: fields.title, publishedAt: fields.publishedAt, text: fields.text };
  if (fields.url.trim()) article.url = fields.url.trim();
  if (fields.source.trim()) article.source = fields.source.trim();
  return { name: 'pasted-article.json', body: JSON.stringify(article) };
}
