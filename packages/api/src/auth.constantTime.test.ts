import type * as NodeCrypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

// Keys compared in constant time (issue 12 §5): the check must compare fixed-length digests with
// crypto.timingSafeEqual and check every configured key, whatever the presented key looks like — a `===`, an
// early return on the first match, or a comparison of the raw strings would make the time depend on the key.
const calls: { a: number; b: number }[] = [];
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof NodeCrypto>();
  return {
    ...real,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      calls.push({ a: a.byteLength, b: b.byteLength });
      return real.timingSafeEqual(a, b);
    },
  };
});
const { hasValidApiKey } = await import('./auth.ts');

const KEYS = ['first-key-0123456789abcdef', 'second-key-0123456789abcdef', 'third-key-0123456789abcdef'];

describe('API keys are compared in constant time', () => {
  it.each([
    ['the first key', 'first-key-0123456789abcdef', true],
    ['the last key', 'third-key-0123456789abcdef', true],
    ['a wrong key of the same length', 'first-key-0123456789abcdeX', false],
    ['a prefix of a key', 'first-key', false],
    ['a very long key', 'x'.repeat(10_000), false],
    ['an empty-looking key', '-', false],
  ])('%s: every key checked, digests of equal length, never an early exit', (_label, presented, expected) => {
    calls.length = 0;
    expect(hasValidApiKey(`Bearer ${presented}`, KEYS)).toBe(expected);
    expect(calls).toHaveLength(KEYS.length);
    for (const c of calls) expect(c).toEqual({ a: 32, b: 32 });
  });

  it('refuses without comparing when the header is not a bearer key', () => {
    calls.length = 0;
    expect(hasValidApiKey('Basic abc', KEYS)).toBe(false);
    expect(hasValidApiKey(undefined, KEYS)).toBe(false);
    expect(hasValidApiKey('Bearer first-key-0123456789abcdef', [])).toBe(false);
    expect(calls).toHaveLength(0);
  });
});
