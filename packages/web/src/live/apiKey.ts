/**
 * The API key the Add articles panel sends (Authorization: Bearer). Kept in sessionStorage: it survives a reload of
 * this tab but not closing it, and never lands in the URL, localStorage or another tab. On the default loopback
 * start no key is needed and the field stays empty.
 */
const KEY = 'newsgraph.apiKey';

export function readApiKey(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage disabled: the key lives only in the panel's state
  }
}

export function storeApiKey(key: string) {
  try {
    if (key) sessionStorage.setItem(KEY, key);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage disabled */
  }
}

export function authHeaders(key: string): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}
