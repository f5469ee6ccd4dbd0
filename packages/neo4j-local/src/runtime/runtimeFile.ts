import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive, type ProcessIdentity } from './processIdentity.ts';
import { portAnswers } from './portAnswers.ts';

/**
 * `<dataDir>/runtime.json`: how other commands reach the Neo4j that a running `./newsgraph start` (or `pnpm neo4j`)
 * owns. Written once the database answers and its schema is applied, removed first thing on shutdown (so no
 * command attaches to a server that is stopping) and by the 'exit' handler after a crash. No secret in it: the
 * password stays in its own mode-600 file.
 */
export interface RuntimeRecord extends ProcessIdentity {
  command: string;
  boltUri: string;
  user: string;
  passwordFile: string;
  version: string;
  dataDir: string;
  startedAt: string;
  /** The page and GraphQL, once the start command serves them. */
  httpUrl?: string;
}

export type RuntimeStatus =
  | { state: 'none' }
  | { state: 'running'; record: RuntimeRecord }
  /** The owner is alive but its Bolt port does not answer (hung, or stopping right now). */
  | { state: 'unresponsive'; record: RuntimeRecord }
  | { state: 'stale'; reason: string };

export function runtimeFilePath(dataDir: string): string {
  return join(dataDir, 'runtime.json');
}

export function writeRuntimeFile(record: RuntimeRecord): void {
  const file = runtimeFilePath(record.dataDir);
  // Write then rename: a reader never sees half a file.
  const partial = `${file}.${record.pid}.partial`;
  writeFileSync(partial, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(partial, file);
}

/** Removes the runtime file if it describes this process (never another owner's). */
export function removeRuntimeFile(dataDir: string, pid = process.pid): void {
  const record = readRuntimeFile(dataDir);
  if (record === 'unreadable' || record?.pid === pid) rmSync(runtimeFilePath(dataDir), { force: true });
}

function readRuntimeFile(dataDir: string): RuntimeRecord | null | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(runtimeFilePath(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const record = JSON.parse(text) as RuntimeRecord;
    return typeof record.pid === 'number' && typeof record.boltUri === 'string' ? record : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/**
 * What the runtime file says and whether it is true: a dead owner or an unreadable file is stale (and removed
 * here, so the caller can take the folder); a live owner whose port answers is running.
 */
export async function inspectRuntime(dataDir: string, options: { timeoutMs?: number } = {}): Promise<RuntimeStatus> {
  const record = readRuntimeFile(dataDir);
  if (record === null) return { state: 'none' };
  if (record === 'unreadable') {
    rmSync(runtimeFilePath(dataDir), { force: true });
    return { state: 'stale', reason: 'the file was unreadable' };
  }
  if (!isProcessAlive(record)) {
    rmSync(runtimeFilePath(dataDir), { force: true });
    return { state: 'stale', reason: `pid ${record.pid} is not running` };
  }
  if (await portAnswers(record.boltUri, options.timeoutMs)) return { state: 'running', record };
  return { state: 'unresponsive', record };
}
