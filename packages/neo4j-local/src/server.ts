import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { provisionNeo4j, NEO4J_VERSION } from './provision.ts';
import { acquireDataFolderLock, type DataFolderLock } from './runtime/dataFolderLock.ts';
import { onProcessExit } from './runtime/shutdown.ts';

export interface LocalNeo4jOptions {
  /** Where the database, its password and its logs live (e.g. `.data/neo4j`). */
  dataDir: string;
  /** Where downloaded jars are cached and shared between data dirs (e.g. `.data/cache`). */
  cacheDir: string;
  /** JVM heap, e.g. "1g". */
  heap?: string;
  /** Page cache, e.g. "512m". */
  pageCache?: string;
  /** How long to wait for the first Cypher answer. */
  startTimeoutMs?: number;
  log?: (line: string) => void;
  /** Who runs it, named in the data folder's lock ("newsgraph start", "pnpm ingest"); defaults to the script name. */
  command?: string;
  /** True when this process publishes a runtime file for other commands to attach to (start, `pnpm neo4j`). */
  shared?: boolean;
  /** Bolt port on 127.0.0.1 (default 0: any free port). A test brings a database back on the address it had. */
  boltPort?: number;
  /** Restart the JVM when it exits unexpectedly (servers); without it an exit is only reported. */
  restart?: RestartPolicy;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  pid: number;
  dataDir: string;
  /** True when this start downloaded or compiled anything. */
  provisioned: boolean;
  stop(): Promise<void>;
}

/** Thrown when the JVM exits early or Neo4j does not answer in time; the message carries the log tail. */
export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}

/**
 * Neo4j's own store lock refused the start: something that does not take newsgraph's data-folder lock (an older
 * newsgraph, a Neo4j started by hand on these files) has the store open. Said plainly, without the Java trace.
 */
export class StoreLockedError extends Neo4jStartError {
  override name = 'StoreLockedError';
  constructor(readonly dataDir: string) {
    super(
      `The Neo4j store in ${dataDir} is locked by another process (Neo4j's store_lock), one that does not use ` +
        `newsgraph's lock file. Stop it and run this again — \`ps aux | grep ${dataDir}\` shows it.`,
    );
  }
}

const STORE_LOCK_FAILURE = /Lock file has been locked by another process|FileLockException|StoreLockException/;

// Flags Neo4j's own launch scripts pass on Java 17+: Neo4j reaches into these JDK internals.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.net=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];

function readOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function writeConfig(dataDir: string, pageCache: string, port: number): string {
  const file = join(dataDir, 'neo4j.conf');
  writeFileSync(
    file,
    [
      '# Written by newsgraph at every start; edit packages/neo4j-local/src/server.ts instead.',
      'server.bolt.enabled=true',
      // Port 0 at first start: the OS picks a free port, the launcher reports it. A restart asks for the same one.
      `server.bolt.listen_address=127.0.0.1:${port}`,
      'server.http.enabled=false',
      'server.https.enabled=false',
      'dbms.security.auth_enabled=true',
      `server.memory.pagecache.size=${pageCache}`,
      'db.tx_log.rotation.retention_policy=2 files',
      'server.directories.logs=logs',
      '',
    ].join('\n'),
  );
  return file;
}

export function logTail(file: string, lines = 40, fromByte = 0): string {
  if (!existsSync(file)) return '(no log yet)';
  return readFileSync(file).subarray(fromByte).toString('utf8').split('\n').slice(-lines).join('\n');
}

function defaultCommand(): string {
  return process.argv[1] ? basename(process.argv[1]) : 'node';
}

/** What happens to a supervised embedded Neo4j after it started (see `restart` in LocalNeo4jOptions). */
export type Neo4jLifecycleEvent =
  /** The JVM exited without stop() being asked for (killed, crashed, out of memory). */
  | { kind: 'exited'; code: number | null; signal: NodeJS.Signals | null }
  /** A new JVM will be started after delayMs (attempt counts failures since the last good start). */
  | { kind: 'restarting'; attempt: number; delayMs: number }
  /** Neo4j answers Cypher again, on the same Bolt address. */
  | { kind: 'restarted'; pid: number; attempt: number }
  /** maxAttempts restarts in a row failed: the caller should exit non-zero with this message. */
  | { kind: 'gave-up'; message: string };

export interface RestartPolicy {
  /** Consecutive failed restarts before giving up (default 5). */
  maxAttempts?: number;
  /** First back-off delay, doubled after each failure (default 1 000 ms, capped at maxDelayMs = 30 000). */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface SupervisedNeo4j extends LocalNeo4j {
  /** Listens to exits and restarts; returns a function that removes the listener. */
  onLifecycle(listener: (event: Neo4jLifecycleEvent) => void): () => void;
}

/** Starts a real Neo4j Community on a free loopback port and resolves once it answers a Cypher query. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<SupervisedNeo4j> {
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir);
  // First the data folder's lock: nothing of the folder (config, password, store) is touched by a second process.
  const lock = acquireDataFolderLock(dataDir, {
    command: options.command ?? defaultCommand(),
    shared: options.shared ?? false,
    log,
  });
  try {
    return await startLocked(dataDir, lock, options, log);
  } catch (error) {
    lock.release();
    throw error;
  }
}

interface RunningJvm {
  child: ChildProcess;
  exited: Promise<number | null>;
  address: string;
}

async function startLocked(
  dataDir: string,
  lock: DataFolderLock,
  options: LocalNeo4jOptions,
  log: (line: string) => void,
): Promise<SupervisedNeo4j> {
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const runtime = provisionNeo4j(resolve(options.cacheDir), log);
  const password = readOrCreatePassword(dataDir);
  let current: RunningJvm | undefined;
  // Last resort when this process exits without stop() (process.exit, an uncaught error): the JVM also stops
  // when its stdin closes, and the lock names a process that is gone, so the next start takes it over anyway.
  const removeExitHook = onProcessExit(() => {
    const child = current?.child;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    lock.release();
  });
  try {
    current = await spawnJvm(dataDir, runtime, password, options, options.boltPort ?? 0);
  } catch (error) {
    removeExitHook();
    throw error;
  }
  const uri = `bolt://${current.address}`;
  const port = Number(current.address.split(':').pop());
  const listeners = new Set<(event: Neo4jLifecycleEvent) => void>();
  const emit = (event: Neo4jLifecycleEvent) => {
    for (const listener of listeners) listener(event);
  };
  let stopping: Promise<void> | undefined;
  // A restart's JVM being started: stop() waits for it so the lock is never released under a live store.
  let spawning: Promise<unknown> | undefined;

  // Supervision: an exit nobody asked for is reported at once (the API turns not-ready and fails fast), then a new
  // JVM is started on the same port — the drivers and runtime.json keep their address — with exponential back-off.
  const policy = options.restart;
  const watch = (jvm: RunningJvm) => {
    jvm.child.once('exit', (code, signal) => {
      if (stopping || jvm !== current) return;
      log(`Neo4j (pid ${jvm.child.pid}) exited unexpectedly (${signal ?? `code ${code}`})`);
      emit({ kind: 'exited', code, signal });
      if (policy) void restartLoop();
    });
  };
  const restartLoop = async () => {
    const maxAttempts = policy?.maxAttempts ?? 5;
    let delay = policy?.initialDelayMs ?? 1_000;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      emit({ kind: 'restarting', attempt, delayMs: delay });
      await new Promise((r) => setTimeout(r, delay).unref());
      if (stopping) return;
      try {
        const attemptJvm = spawnJvm(dataDir, runtime, password, options, port);
        spawning = attemptJvm.catch(() => undefined);
        const jvm = await attemptJvm;
        // stop() may have begun while the JVM was starting (the await above); the type checker cannot see that.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by stop() during the await
        if (stopping) {
          await stopChild(jvm.child, jvm.exited);
          return;
        }
        current = jvm;
        watch(jvm);
        log(`Neo4j restarted (pid ${jvm.child.pid}) at ${uri}`);
        emit({ kind: 'restarted', pid: jvm.child.pid!, attempt });
        return;
      } catch (error) {
        log(`Neo4j restart ${attempt}/${maxAttempts} failed: ${(error as Error).message.split('\n')[0]}`);
        delay = Math.min(delay * 2, policy?.maxDelayMs ?? 30_000);
      }
    }
    emit({
      kind: 'gave-up',
      message: `Neo4j in ${dataDir} exited and ${maxAttempts} restarts failed; see ${join(dataDir, 'logs', 'jvm.log')}.`,
    });
  };
  watch(current);

  const stop = (): Promise<void> => {
    // The lock is released only once the JVM is gone: until then the store is still open.
    stopping ??= (async () => {
      await spawning;
      await stopChild(current!.child, current!.exited);
    })().finally(() => {
      removeExitHook();
      lock.release();
    });
    return stopping;
  };
  return {
    uri,
    user: 'neo4j',
    password,
    version: NEO4J_VERSION,
    get pid() {
      return current!.child.pid!;
    },
    dataDir,
    provisioned: runtime.provisioned,
    stop,
    onLifecycle(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One JVM: config written, spawned, ready line read, first Cypher answered. Port 0 = any free port. */
async function spawnJvm(
  dataDir: string,
  runtime: ReturnType<typeof provisionNeo4j>,
  password: string,
  options: LocalNeo4jOptions,
  port: number,
): Promise<RunningJvm> {
  const conf = writeConfig(dataDir, options.pageCache ?? '256m', port);
  const jvmLog = join(dataDir, 'logs', 'jvm.log');
  // This run's part of the log (it is appended to across runs): what start-up failures are judged on.
  const logStart = existsSync(jvmLog) ? statSync(jvmLog).size : 0;
  const logFd = openSync(jvmLog, 'a');

  const child = spawn(
    runtime.javaBin,
    [
      `-Xmx${options.heap ?? '1g'}`,
      ...JVM_FLAGS,
      '-cp',
      runtime.classPath,
      'dev.newsgraph.neo4jlocal.EmbeddedNeo4j',
      join(dataDir, 'home'),
      conf,
      join(dataDir, 'password'),
    ],
    // stdin stays a pipe: when this process dies the pipe closes and the JVM stops itself.
    { stdio: ['pipe', 'pipe', logFd] },
  );
  closeSync(logFd);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const timeoutMs = options.startTimeoutMs ?? 120_000;

  let started = false;
  const address = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        new Neo4jStartError(
          `Neo4j did not start within ${timeoutMs / 1000}s. Last lines of ${jvmLog}:\n${logTail(jvmLog)}`,
        ),
      );
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      writeFileSafe(jvmLog, `${line}\n`);
      const ready = /^NEWSGRAPH_NEO4J_READY (\S+)$/.exec(line);
      if (ready) {
        clearTimeout(timer);
        done(ready[1]!);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      if (started) return;
      const output = logTail(jvmLog, 40, logStart);
      if (STORE_LOCK_FAILURE.test(output)) fail(new StoreLockedError(dataDir));
      else
        fail(
          new Neo4jStartError(`Neo4j exited during start-up (exit code ${code}). Last lines of ${jvmLog}:\n${output}`),
        );
    });
  });

  try {
    await waitForCypher(`bolt://${address}`, password, timeoutMs);
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
  started = true;
  return { child, exited, address };
}

function writeFileSafe(file: string, text: string): void {
  try {
    writeFileSync(file, text, { flag: 'a' });
  } catch {
    // The log is a convenience; never let it break the server.
  }
}

async function waitForCypher(uri: string, password: string, timeoutMs: number): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.executeQuery('RETURN 1 AS ok');
        return;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Neo4jStartError(`Neo4j at ${uri} does not answer Cypher: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(killTimer);
}
