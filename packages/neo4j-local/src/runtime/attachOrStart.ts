import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localNeo4jPaths } from '../paths.ts';
import { startLocalNeo4j, type RestartPolicy, type SupervisedNeo4j } from '../server.ts';
import { DataFolderInUseError } from './dataFolderLock.ts';
import { currentProcessIdentity } from './processIdentity.ts';
import { inspectRuntime, removeRuntimeFile, writeRuntimeFile, type RuntimeRecord } from './runtimeFile.ts';
import { onProcessExit, onShutdown } from './shutdown.ts';

/** The embedded Neo4j a command uses: the one a running `./newsgraph start` owns, or one it started itself. */
export interface LocalNeo4jSession {
  /** running: owned by another process (found through its runtime file); started: this process runs it. */
  kind: 'running' | 'started';
  uri: string;
  user: string;
  password: string;
  version: string;
  dataDir: string;
  /** The process that owns the Neo4j (this one when started). */
  ownerPid: number;
  /** What the owner runs, e.g. "newsgraph start". */
  ownerCommand: string;
  /** The owner's web page and GraphQL, when it serves them. */
  httpUrl?: string;
  /** Set when this process started it. */
  server?: SupervisedNeo4j;
  /**
   * Owner only (shared: true): writes the runtime file so other commands of this data folder use this Neo4j.
   * Call once the database is ready for them (schema applied); again to add the HTTP address.
   */
  publish(extra?: { httpUrl?: string }): void;
  /** Started: removes the runtime file, stops Neo4j, releases the folder. Running: nothing to do. Idempotent. */
  close(): Promise<void>;
}

/** `./newsgraph start` while another start (or `pnpm neo4j`) already serves this data folder. */
export class AlreadyRunningError extends Error {
  override name = 'AlreadyRunningError';
  constructor(readonly record: RuntimeRecord) {
    super(
      `newsgraph is already running on ${record.dataDir}: ${record.command} (pid ${record.pid}) since ${record.startedAt}` +
        `${record.httpUrl ? `, serving ${record.httpUrl}` : ''}, Neo4j at ${record.boltUri}. ` +
        `Use that one, or stop it first (Ctrl-C in its terminal, or kill ${record.pid}).`,
    );
  }
}

export interface AttachOrStartOptions {
  /** The folder under .data/ (default "neo4j", the product's); or dataDir + cacheDir directly. */
  dataName?: string;
  dataDir?: string;
  cacheDir?: string;
  /** Named in the lock and runtime files and in messages: "newsgraph start", "pnpm ingest". */
  command: string;
  /**
   * True for the owner of the data folder (start, `pnpm neo4j`): it never attaches to another process, it starts
   * Neo4j and publishes it. False (ingest, curate, reextract): use the running one, start one only when none runs.
   */
  shared?: boolean;
  /** A shared owner that holds the folder but has not published yet is still starting: wait this long for it. */
  waitForStartingMs?: number;
  heap?: string;
  log?: (line: string) => void;
  /** How a shared owner restarts a Neo4j that died (defaults: 5 attempts, 1 s doubling to 30 s). */
  restart?: RestartPolicy;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The one way a newsgraph command gets the embedded Neo4j of a data folder (the module that owns its lifecycle):
 * 1. a runtime file whose owner is alive and whose Bolt port answers → use that server;
 * 2. a runtime file whose owner is gone → stale: removed, and go on;
 * 3. nothing runs → take the folder's lock and start Neo4j here; it stops on close() or on a signal
 *    (registered with the shutdown coordinator, so callers need no signal handling of their own).
 */
export async function attachOrStartLocalNeo4j(options: AttachOrStartOptions): Promise<LocalNeo4jSession> {
  const log = options.log ?? (() => {});
  const defaults = localNeo4jPaths(options.dataName);
  const dataDir = options.dataDir ?? defaults.dataDir;
  const cacheDir = options.cacheDir ?? defaults.cacheDir;

  const running = await findRunning(dataDir, log);
  if (running) {
    if (options.shared) throw new AlreadyRunningError(running);
    return attach(running);
  }
  // The folder's owner is a start that has not published yet (it publishes once the schema is applied): wait for
  // it rather than fail, so `pnpm ingest` right after `./newsgraph start` just works. The same holds while a start
  // is stopping (its runtime file is removed first, its lock last): once the lock is released nobody will publish,
  // so the lock is asked for again on every round and this command starts its own Neo4j as soon as it is free.
  let waiting: { deadline: number } | undefined;
  for (;;) {
    try {
      // The folder's owner (start, `pnpm neo4j`) runs for days: it restarts a Neo4j that died; a batch command does not.
      const server = await startLocalNeo4j({
        dataDir,
        cacheDir,
        heap: options.heap,
        log,
        command: options.command,
        shared: options.shared ?? false,
        ...(options.shared ? { restart: options.restart ?? {} } : {}),
      });
      return ownSession(server, options.command, options.shared ?? false);
    } catch (error) {
      if (!(error instanceof DataFolderInUseError) || !error.holder.shared || options.shared) throw error;
      if (!waiting) {
        log(`${error.holder.command} (pid ${error.holder.pid}) is starting Neo4j for ${dataDir}: waiting for it…`);
        waiting = { deadline: Date.now() + (options.waitForStartingMs ?? 180_000) };
      }
      if (Date.now() >= waiting.deadline) throw error;
      await sleep(1_000);
      const found = await findRunning(dataDir, log);
      if (found) return attach(found);
    }
  }
}

/** The live owner of the folder from its runtime file, or null (a stale file is removed on the way). */
async function findRunning(dataDir: string, log: (line: string) => void): Promise<RuntimeRecord | null> {
  // An owner that is alive but does not answer may be stopping right now (it removes the file first thing, so
  // this is short) or hung: look again for a few seconds before calling it either.
  for (let attempt = 0; ; attempt++) {
    const status = await inspectRuntime(dataDir);
    if (status.state === 'running') return status.record;
    if (status.state === 'stale') {
      log(`removed a stale runtime file in ${dataDir} (${status.reason})`);
      return null;
    }
    if (status.state === 'none') return null;
    if (attempt >= 10) {
      throw new Error(
        `${status.record.command} (pid ${status.record.pid}) owns ${dataDir} but its Neo4j at ${status.record.boltUri} does not ` +
          `answer. Stop it (kill ${status.record.pid}) and run this again.`,
      );
    }
    await sleep(1_000);
  }
}

function attach(record: RuntimeRecord): LocalNeo4jSession {
  return {
    kind: 'running',
    uri: record.boltUri,
    user: record.user,
    password: readFileSync(record.passwordFile, 'utf8').trim(),
    version: record.version,
    dataDir: record.dataDir,
    ownerPid: record.pid,
    ownerCommand: record.command,
    httpUrl: record.httpUrl,
    publish() {
      throw new Error('only the process that started Neo4j publishes it');
    },
    close: async () => {},
  };
}

function ownSession(server: SupervisedNeo4j, command: string, shared: boolean): LocalNeo4jSession {
  const startedAt = new Date().toISOString();
  let published = false;
  let closing: Promise<void> | undefined;
  // After a crash or process.exit the runtime file must not keep pointing at a dead server (the JVM and the
  // lock are handled by startLocalNeo4j's own exit hook).
  const removeExitHook = onProcessExit(() => {
    if (published) removeRuntimeFile(server.dataDir);
  });
  const close = (): Promise<void> => {
    closing ??= (async () => {
      // The runtime file goes first, so no command attaches to a server that is about to stop.
      if (published) removeRuntimeFile(server.dataDir);
      published = false;
      await server.stop();
      removeExitHook();
      removeShutdownStep();
    })();
    return closing;
  };
  const removeShutdownStep = onShutdown(close);
  let httpUrl: string | undefined;
  return {
    kind: 'started',
    uri: server.uri,
    user: server.user,
    password: server.password,
    version: server.version,
    dataDir: server.dataDir,
    ownerPid: process.pid,
    ownerCommand: command,
    server,
    get httpUrl() {
      return httpUrl;
    },
    publish(extra = {}) {
      if (!shared) throw new Error('this Neo4j was started for one command only; it is not shared');
      if (closing) return;
      httpUrl = extra.httpUrl ?? httpUrl;
      writeRuntimeFile({
        ...currentProcessIdentity(),
        command,
        boltUri: server.uri,
        user: server.user,
        passwordFile: join(server.dataDir, 'password'),
        version: server.version,
        dataDir: server.dataDir,
        startedAt,
        ...(httpUrl ? { httpUrl } : {}),
      });
      published = true;
    },
    close,
  };
}
