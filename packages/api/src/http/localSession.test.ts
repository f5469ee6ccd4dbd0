import { describe, expect, it } from 'vitest';
import { createLocalSessionKey } from './localSession.ts';

// Binding a test server beyond loopback would expose it to the network, so the "off loopback" case is checked here
// on the function the server calls at start (tests/api/session.test.ts covers the route over real HTTP).
describe('the local session key exists only on a keyless loopback start', () => {
  it('is made for loopback hosts without keys, fresh each start', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) {
      expect(createLocalSessionKey({ host, apiKeys: [] })).toMatch(/^[\w-]{43}$/);
    }
    const a = createLocalSessionKey({ host: '127.0.0.1', apiKeys: [] });
    expect(createLocalSessionKey({ host: '127.0.0.1', apiKeys: [] })).not.toBe(a);
  });

  it('is not made off loopback or once keys are configured', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'newsgraph.example']) {
      expect(createLocalSessionKey({ host, apiKeys: [] })).toBeNull();
    }
    expect(createLocalSessionKey({ host: '127.0.0.1', apiKeys: ['k-0123456789'] })).toBeNull();
  });
});
