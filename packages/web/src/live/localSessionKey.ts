/**
 * The server's per-start local session key (GET /api/session). On the default `./newsgraph start` (loopback, no
 * NEWSGRAPH_API_KEYS) the server makes one random key per run and hands it only to this machine's own page, so the
 * feed buttons (GraphQL mutations, which always need a key) work with no configuration. Elsewhere the route answers
 * 404/403 and this gives '' — the panel's API-key field is the way then. Held in memory only, asked once per page
 * load (a network failure is asked again next time: the server may just be restarting).
 */
import { LOCAL_CSRF_HEADERS } from '@newsgraph/model/localRequest';

let answered: Promise<string> | null = null;

export function fetchLocalSessionKey(): Promise<string> {
  answered ??= fetch('/api/session', {
    headers: { accept: 'application/json', ...LOCAL_CSRF_HEADERS },
    cache: 'no-store',
  }).then(
    async (response) => {
      if (!response.ok) return '';
      const body = (await response.json().catch(() => null)) as { key?: unknown } | null;
      return typeof body?.key === 'string' ? body.key : '';
    },
    () => {
      answered = null;
      return '';
    },
  );
  return answered;
}

/** The server refused the key (it restarted and made a new one): the next call asks for the new key. */
export function forgetLocalSessionKey(): void {
  answered = null;
}
