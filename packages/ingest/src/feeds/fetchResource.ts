/**
 * One bounded HTTP GET for feeds and the pages their items link to: http(s) only (also after redirects), a time
 * limit over the whole exchange (headers and body), the body streamed and cut at `maxBytes`, redirects followed by
 * hand so each target is checked and counted, and the conditional headers of the previous answer.
 */
export interface FetchOptions {
  /** Validators from the last 200 (conditional GET: a 304 means nothing changed). */
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: string;
  /** Aborts the fetch (the scheduler stopping). */
  signal?: AbortSignal;
}

export type FetchOutcome =
  | {
      status: 'ok';
      httpStatus: number;
      body: string;
      finalUrl: string;
      etag: string | null;
      lastModified: string | null;
      contentType: string | null;
    }
  | { status: 'not-modified'; httpStatus: 304; finalUrl: string };

export type FetchErrorCode =
  'TIMEOUT' | 'TOO_LARGE' | 'TOO_MANY_REDIRECTS' | 'BAD_REDIRECT' | 'HTTP_STATUS' | 'NETWORK' | 'ABORTED';

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** The HTTP status when one came back. */
    readonly httpStatus: number | null = null,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;
const USER_AGENT = 'newsgraph-feeds/0.1 (+https://github.com/newsgraph)';

export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const failure = (error: unknown): FetchError => {
    if (error instanceof FetchError) return error;
    if (timedOut) return new FetchError('TIMEOUT', `no complete answer within ${timeoutMs / 1000} s`);
    if (options.signal?.aborted) return new FetchError('ABORTED', 'the fetch was cancelled');
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return new FetchError('NETWORK', `could not fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  };
  try {
    let current = url;
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: options.accept ?? '*/*' };
      // Validators belong to the URL the subscriber gave; a redirect target is asked unconditionally.
      if (hop === 0 && options.etag) headers['if-none-match'] = options.etag;
      if (hop === 0 && options.lastModified) headers['if-modified-since'] = options.lastModified;
      const response = await fetch(current, { headers, redirect: 'manual', signal: controller.signal });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location)
          throw new FetchError('BAD_REDIRECT', `HTTP ${response.status} without a Location header`, response.status);
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          throw new FetchError('BAD_REDIRECT', `redirected to a ${next.protocol} URL`, response.status);
        seen.add(current);
        if (seen.has(next.href))
          throw new FetchError(
            'TOO_MANY_REDIRECTS',
            `redirect loop (${next.href} again after ${hop + 1} redirects)`,
            response.status,
          );
        if (hop + 1 > maxRedirects)
          throw new FetchError('TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects`, response.status);
        current = next.href;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified', httpStatus: 304, finalUrl: current };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(
          'HTTP_STATUS',
          `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
          response.status,
        );
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw new FetchError(
          'TOO_LARGE',
          `the answer is ${declared} bytes, over the ${maxBytes}-byte limit`,
          response.status,
        );
      }
      const body = await readCapped(response, maxBytes);
      return {
        status: 'ok',
        httpStatus: response.status,
        body,
        finalUrl: current,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        contentType: response.headers.get('content-type'),
      };
    }
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/** The body as text, read chunk by chunk and abandoned as soon as it passes `maxBytes` (never held whole). */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchError(
        'TOO_LARGE',
        `the answer passed the ${maxBytes}-byte limit and was cut there`,
        response.status,
      );
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks, total);
  return new TextDecoder(charsetOf(response.headers.get('content-type')), { fatal: false }).decode(bytes);
}

/** The declared charset when TextDecoder knows it; UTF-8 otherwise (what feeds and pages almost always are). */
function charsetOf(contentType: string | null): string {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  if (!m) return 'utf-8';
  const [, charset = 'utf-8'] = m;
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return 'utf-8';
  }
}
