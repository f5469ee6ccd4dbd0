import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  localApiKeyPath,
  readLocalApiKeyFile,
  removeLocalApiKeyFile,
  writeLocalApiKeyFile,
} from './localApiKeyFile.ts';

const KEY = 'k'.repeat(43);
let dir = '';
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'newsgraph-key-')));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the per-run key file for local CLIs', () => {
  it('is written 0600 whatever the umask, read back, and removed only by its own process', () => {
    fresh();
    const old = process.umask(0o000);
    try {
      writeLocalApiKeyFile(dir, { pid: 4242, httpUrl: 'http://localhost:4000', key: KEY });
    } finally {
      process.umask(old);
    }
    expect(statSync(localApiKeyPath(dir)).mode & 0o777).toBe(0o600);
    expect(readLocalApiKeyFile(dir)).toEqual({ pid: 4242, httpUrl: 'http://localhost:4000', key: KEY });
    removeLocalApiKeyFile(dir, 1);
    expect(readLocalApiKeyFile(dir)).not.toBeNull();
    removeLocalApiKeyFile(dir, 4242);
    expect(readLocalApiKeyFile(dir)).toBeNull();
  });

  it('a key others can read, a malformed file or a non-http address is not used', () => {
    fresh();
    writeLocalApiKeyFile(dir, { pid: 7, httpUrl: 'http://localhost:4000', key: KEY });
    chmodSync(localApiKeyPath(dir), 0o644);
    expect(readLocalApiKeyFile(dir)).toBeNull();
    writeFileSync(localApiKeyPath(dir), '{"pid": 7', { mode: 0o600 });
    chmodSync(localApiKeyPath(dir), 0o600);
    expect(readLocalApiKeyFile(dir)).toBeNull();
    expect(() => writeLocalApiKeyFile(dir, { pid: 7, httpUrl: 'file:///etc/passwd', key: KEY })).toThrow();
    expect(() => writeLocalApiKeyFile(dir, { pid: 7, httpUrl: 'http://localhost:4000', key: 'short' })).toThrow();
    // Nothing half-written: no temporary file left beside it.
    expect(readdirSync(dir)).toEqual(['local-api-key.json']);
  });
});
