import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataFolderLock, DataFolderInUseError, lockFilePath, readLockHolder } from './dataFolderLock.ts';
import { isProcessAlive, processStartTicks } from './processIdentity.ts';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const deadPid = () => spawnSync('true').pid;

describe('data folder lock', () => {
  it('one holder at a time; the refusal names the holder; release frees it', () => {
    const dir = scratch();
    const lock = acquireDataFolderLock(dir, { command: 'pnpm ingest', shared: false });
    expect(readLockHolder(dir)).toMatchObject({ pid: process.pid, command: 'pnpm ingest', shared: false });
    let refusal: unknown;
    try {
      acquireDataFolderLock(dir, { command: 'newsgraph start', shared: true });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataFolderInUseError);
    expect((refusal as Error).message).toMatch(new RegExp(`pnpm ingest \\(pid ${process.pid}, since .*\\)`));
    lock.release();
    expect(existsSync(lockFilePath(dir))).toBe(false);
    acquireDataFolderLock(dir, { command: 'newsgraph start', shared: true }).release();
  });

  it('a lock left by a dead process is stale and taken over', () => {
    const dir = scratch();
    writeFileSync(
      lockFilePath(dir),
      JSON.stringify({ pid: deadPid(), command: 'pnpm ingest', shared: false, startedAt: 'x' }),
    );
    expect(readLockHolder(dir)).toBeNull();
    const lines: string[] = [];
    const lock = acquireDataFolderLock(dir, { command: 'newsgraph start', shared: true, log: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/stale lock/);
    expect(JSON.parse(readFileSync(lockFilePath(dir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('release never removes a lock another process took meanwhile', () => {
    const dir = scratch();
    const lock = acquireDataFolderLock(dir, { command: 'a', shared: false });
    writeFileSync(
      lockFilePath(dir),
      JSON.stringify({ pid: process.ppid, command: 'b', shared: false, startedAt: 'y' }),
    );
    lock.release();
    expect(existsSync(lockFilePath(dir))).toBe(true);
  });
});

describe('process identity', () => {
  it('a live pid with another start time is a reused pid, not the recorded process', () => {
    const ticks = processStartTicks(process.pid);
    expect(isProcessAlive({ pid: process.pid, startTicks: ticks })).toBe(true);
    if (ticks !== undefined) expect(isProcessAlive({ pid: process.pid, startTicks: ticks + 1 })).toBe(false);
    expect(isProcessAlive({ pid: deadPid() })).toBe(false);
  });
});
