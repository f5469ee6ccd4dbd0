import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentProcessIdentity, isProcessAlive, type ProcessIdentity } from './processIdentity.ts';

/** Who holds a data folder: written into `<dataDir>/newsgraph.lock` by the process that runs its Neo4j. */
export interface LockHolder extends ProcessIdentity {
  /** What runs it, for messages: "newsgraph start", "pnpm ingest", "pnpm neo4j", "tests". */
  command: string;
  /** True when the holder publishes a runtime file that other commands attach to (start, pnpm neo4j). */
  shared: boolean;
  startedAt: string;
}

/** Another live process runs the embedded Neo4j of this data folder. */
export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `${dataDir} is in use: ${holder.command} (pid ${holder.pid}, since ${holder.startedAt}) runs its Neo4j. ` +
        (holder.shared
          ? 'It is still starting; run this again once it says it is running.'
          : `Wait for it to finish (or stop it: kill ${holder.pid}); to run several commands against one database, ` +
            'keep `./newsgraph start` running and they will all use its Neo4j.'),
    );
  }
}

export interface DataFolderLock {
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours; safe to call more than once and from an 'exit' handler. */
  release(): void;
}

export function lockFilePath(dataDir: string): string {
  return join(dataDir, 'newsgraph.lock');
}

/** The current holder, or null when the folder is free; a lock left by a dead process counts as free. */
export function readLockHolder(dataDir: string): LockHolder | null {
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(lockFilePath(dataDir), 'utf8')) as LockHolder;
  } catch {
    return null;
  }
  return isProcessAlive(holder) ? holder : null;
}

/**
 * Takes the data folder for this process: one Neo4j per store, whoever asks. The lock file is created with
 * O_EXCL, so of two commands starting at once exactly one wins; a lock whose process died (SIGKILL, a crash,
 * a reboot) is stale and taken over. Neo4j's own store lock stays the last line of defence behind this one
 * (e.g. against an older newsgraph that does not know this file).
 */
export function acquireDataFolderLock(
  dataDir: string,
  options: { command: string; shared: boolean; log?: (line: string) => void },
): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  const holder: LockHolder = {
    ...currentProcessIdentity(),
    command: options.command,
    shared: options.shared,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${JSON.stringify(holder, null, 2)}\n`, { flag: 'wx' });
      let released = false;
      return {
        holder,
        release() {
          if (released) return;
          released = true;
          if (ownsLock(file, holder)) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readLockHolder(dataDir);
    if (current) throw new DataFolderInUseError(dataDir, current);
    options.log?.(`removing a stale lock in ${dataDir} (its process is no longer running)`);
    rmSync(file, { force: true });
  }
  const current = readLockHolder(dataDir);
  if (current) throw new DataFolderInUseError(dataDir, current);
  throw new Error(`could not take the lock ${file}; remove it if no newsgraph runs on this data folder`);
}

function ownsLock(file: string, holder: LockHolder): boolean {
  try {
    const current = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return current.pid === holder.pid && current.startedAt === holder.startedAt;
  } catch {
    return false;
  }
}
