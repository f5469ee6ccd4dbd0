import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * True when the Authorization header carries one of the keys. Keys are compared as SHA-256 digests with
 * timingSafeEqual (equal lengths), and every key is checked, so timing reveals neither key nor match.
 */
export function hasValidApiKey(authorization: string | undefined | null, keys: readonly string[]): boolean {
  if (!authorization || keys.length === 0) return false;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m) return false;
  const presented = digest(m[1]!);
  let ok = false;
  for (const key of keys) ok = timingSafeEqual(presented, digest(key)) || ok;
  return ok;
}
