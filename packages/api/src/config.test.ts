import { describe, expect, it } from 'vitest';
import { ApiConfigError, loadApiConfig } from './config.ts';

describe('loadApiConfig', () => {
  it('has safe defaults', () => {
    const c = loadApiConfig({});
    expect(c).toMatchObject({ production: false, port: 4000, host: '127.0.0.1', apiKeys: [], corsOrigins: [] });
  });
  it('reads lists and production mode', () => {
    const c = loadApiConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      NEWSGRAPH_API_KEYS: 'aaaaaaaaaaaaaaaa1, bbbbbbbbbbbbbbbb2',
      NEWSGRAPH_CORS_ORIGINS: 'http://localhost:5173',
    });
    expect(c).toMatchObject({
      production: true,
      port: 8080,
      apiKeys: ['aaaaaaaaaaaaaaaa1', 'bbbbbbbbbbbbbbbb2'],
      corsOrigins: ['http://localhost:5173'],
    });
  });
  it('rejects bad values with the variable named', () => {
    expect(() => loadApiConfig({ PORT: 'eighty' })).toThrow(ApiConfigError);
    expect(() => loadApiConfig({ NEWSGRAPH_API_KEYS: 'short' })).toThrow(/NEWSGRAPH_API_KEYS.*16 characters/);
    expect(() => loadApiConfig({ NEWSGRAPH_CORS_ORIGINS: 'not a url' })).toThrow(/NEWSGRAPH_CORS_ORIGINS/);
  });
});
