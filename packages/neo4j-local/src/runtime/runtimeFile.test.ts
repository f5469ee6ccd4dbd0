import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentProcessIdentity } from './processIdentity.ts';
import {
  inspectRuntime,
  removeRuntimeFile,
  runtimeFilePath,
  writeRuntimeFile,
  type RuntimeRecord,
} from './runtimeFile.ts';

const dirs: string[] = [];
const servers: Server[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  servers.splice(0).forEach((s) => s.close());
});

function record(overrides: Partial<RuntimeRecord> = {}): RuntimeRecord {
  const dataDir = mkdtempSync(join(tmpdir(), 'ng-runtime-'));
  dirs.push(dataDir);
  return {
    ...currentProcessIdentity(),
    command: 'newsgraph start',
    boltUri: 'bolt://127.0.0.1:1',
    user: 'neo4j',
    passwordFile: join(dataDir, 'password'),
    version: '5.26.30',
    dataDir,
    startedAt: new Date().toISOString(),
    ...overrides,
  };
}

async function listening(): Promise<number> {
  const server = createServer((socket) => socket.destroy());
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as { port: number }).port;
}

describe('runtime file', () => {
  it('a live owner whose port answers is running', async () => {
    const r = record({ boltUri: `bolt://127.0.0.1:${await listening()}` });
    writeRuntimeFile(r);
    expect(await inspectRuntime(r.dataDir)).toEqual({ state: 'running', record: r });
  });

  it('a dead owner is stale, and the file is removed', async () => {
    const r = record({ pid: spawnSync('true').pid, startTicks: undefined });
    writeRuntimeFile(r);
    expect(await inspectRuntime(r.dataDir)).toEqual({ state: 'stale', reason: `pid ${r.pid} is not running` });
    expect(existsSync(runtimeFilePath(r.dataDir))).toBe(false);
    expect(await inspectRuntime(r.dataDir)).toEqual({ state: 'none' });
  });

  it('a live owner whose port is silent is unresponsive (not stale: it still holds the store)', async () => {
    const port = await listening();
    servers.pop()!.close();
    const r = record({ boltUri: `bolt://127.0.0.1:${port}` });
    writeRuntimeFile(r);
    expect((await inspectRuntime(r.dataDir, { timeoutMs: 500 })).state).toBe('unresponsive');
    expect(existsSync(runtimeFilePath(r.dataDir))).toBe(true);
  });

  it('an unreadable file is stale', async () => {
    const r = record();
    writeFileSync(runtimeFilePath(r.dataDir), '{"pid": 12');
    expect(await inspectRuntime(r.dataDir)).toEqual({ state: 'stale', reason: 'the file was unreadable' });
  });

  it('an owner removes only its own file', () => {
    const r = record({ pid: process.ppid, startTicks: undefined });
    writeRuntimeFile(r);
    removeRuntimeFile(r.dataDir);
    expect(existsSync(runtimeFilePath(r.dataDir))).toBe(true);
    removeRuntimeFile(r.dataDir, process.ppid);
    expect(existsSync(runtimeFilePath(r.dataDir))).toBe(false);
  });
});
