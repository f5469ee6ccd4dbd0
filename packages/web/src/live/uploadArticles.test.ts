import { LOCAL_CSRF_HEADER } from '@newsgraph/model/localRequest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchLocalSessionKey, forgetLocalSessionKey } from './localSessionKey.ts';
import { uploadFailureText, uploadFile, UploadError } from './uploadArticles.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the local routes’ CSRF header', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetLocalSessionKey();
  });

  it('the session-key request and an upload both send the one header the server checks', async () => {
    const sent: Record<string, string | null> = {};
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        sent[url.split('?')[0]!] = new Headers(init.headers).get(LOCAL_CSRF_HEADER);
        return url === '/api/session' ? json(200, { key: 'k' }) : json(403, { error: { code: 'X', message: 'no' } });
      }),
    );
    await fetchLocalSessionKey();
    await uploadFile({ name: 'a.txt', body: 'text' }, '', () => undefined).catch(() => undefined);
    expect(sent).toEqual({ '/api/session': '1', '/api/articles': '1' });
  });
});

describe('uploadFailureText', () => {
  it('shows the code from the error’s code field, whatever made the error', () => {
    expect(uploadFailureText(new UploadError('Upload needs a key.', 'UNAUTHORIZED'))).toBe(
      'UNAUTHORIZED: Upload needs a key.',
    );
    // An UploadError of another copy of the module (another bundle, a structured clone): same fields, other class.
    const copy = Object.assign(new Error('The upload is larger than 8 MB.'), { code: 'TOO_LARGE' });
    expect(uploadFailureText(copy)).toBe('TOO_LARGE: The upload is larger than 8 MB.');
    expect(uploadFailureText({ code: 'NETWORK', message: 'The server did not answer.' })).toBe(
      'NETWORK: The server did not answer.',
    );
    // No code: the message alone, never "[object Object]" or "TypeError: …".
    expect(uploadFailureText(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(uploadFailureText('stopped')).toBe('stopped');
  });
});
