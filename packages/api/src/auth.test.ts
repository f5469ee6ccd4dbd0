import { describe, expect, it } from 'vitest';
import { hasValidApiKey } from './auth.ts';

describe('hasValidApiKey', () => {
  const keys = ['key-one-0123456789abcdef', 'key-two-0123456789abcdef'];
  it('accepts any configured key as a Bearer token', () => {
    expect(hasValidApiKey('Bearer key-one-0123456789abcdef', keys)).toBe(true);
    expect(hasValidApiKey('bearer key-two-0123456789abcdef', keys)).toBe(true);
  });
  it('rejects anything else', () => {
    expect(hasValidApiKey(undefined, keys)).toBe(false);
    expect(hasValidApiKey('Bearer key-one-0123456789abcde', keys)).toBe(false);
    expect(hasValidApiKey('key-one-0123456789abcdef', keys)).toBe(false);
    expect(hasValidApiKey('Basic key-one-0123456789abcdef', keys)).toBe(false);
    expect(hasValidApiKey('Bearer key-one-0123456789abcdef', [])).toBe(false);
  });
});
