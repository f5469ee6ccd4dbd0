import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { LOCAL_CSRF_HEADER, refuseNonLocalRequest, SAME_ORIGIN_ONLY } from './localRequestGuard.ts';

const request = (headers: Record<string, string>) =>
  ({ headers: { host: '127.0.0.1:4000', [LOCAL_CSRF_HEADER]: '1', ...headers } }) as unknown as IncomingMessage;
const codeOf = (headers: Record<string, string>) =>
  refuseNonLocalRequest(request(headers), 'The local session', SAME_ORIGIN_ONLY)?.code ?? null;

describe('the keyless local-request guard', () => {
  it('lets the page on this machine in', () => {
    expect(codeOf({ origin: 'http://127.0.0.1:4000' })).toBeNull();
    expect(codeOf({ host: 'localhost:4000' })).toBeNull();
  });

  it.each([
    ['no CSRF header', { [LOCAL_CSRF_HEADER]: '' }, 'CSRF_HEADER_MISSING'],
    ['a foreign origin', { origin: 'http://evil.example' }, 'FORBIDDEN_ORIGIN'],
    ['a rebinding host name', { host: 'evil.example:4000', origin: 'http://evil.example:4000' }, 'FORBIDDEN_HOST'],
    ['a proxy (X-Forwarded-For)', { 'x-forwarded-for': '203.0.113.9' }, 'FORWARDED_REQUEST'],
    ['a proxy (Forwarded)', { forwarded: 'for=203.0.113.9' }, 'FORWARDED_REQUEST'],
    ['a proxy (X-Real-IP)', { 'x-real-ip': '203.0.113.9' }, 'FORWARDED_REQUEST'],
    ['a proxy (Via)', { via: '1.1 nginx' }, 'FORWARDED_REQUEST'],
  ])('refuses %s', (_name, headers, code) => {
    expect(codeOf(headers)).toBe(code);
  });
});
