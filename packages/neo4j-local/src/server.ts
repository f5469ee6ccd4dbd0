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

function writeConfig(dataDir: string, pageCache: string): string {
  const file = join(dataDir, 'neo4j.conf');
  writeFileSync(
    file,
    [
      '# Written by newsgraph at every start; edit packages/neo4j-local/src/server.ts instead.',
      'server.bolt.enabled=true',
      // Port 0: the OS picks a free port; the launcher reports the one it got.
      'server.bolt.listen_address=127.0.0.1:0',
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

/** Starts a real Neo4j Community on a free loopback port and resolves once it answers a Cypher query. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir);
  // First the data folder's lock: nothing of the folder (config, password, store) is touched by a second process.
  const lock = acquireDataFolderLock(dataDir, { command: options.command ?? defaultCommand(), shared: options.shared ?? false, log });
  try {
    return await startLocked(dataDir, lock, options, log);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function startLocked(dataDir: string, lock: DataFolderLock, options: LocalNeo4jOptions, log: (line: string) => void): Promise<LocalNeo4j> {
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const runtime = provisionNeo4j(resolve(options.cacheDir), log);
  const password = readOrCreatePassword(dataDir);
  const conf = writeConfig(dataDir, options.pageCache ?? '256m');
  const jvmLog = join(dataDir, 'logs', 'jvm.log');
  // This run's part of the log (it is appended to across runs): what start-up failures are judged on.
  const logStart = existsSync(jvmLog) ? statSync(jvmLog).size : 0;
  const logFd = openSync(jvmLog, 'a');

  const child = spawn(
    runtime.javaBin,
    [`-Xmx${options.heap ?? '1g'}`, ...JVM_FLAGS, '-cp', runtime.classPath, 'dev.newsgraph.neo4jlocal.EmbeddedNeo4j',
      join(dataDir, 'home'), conf, join(dataDir, 'password')],
    // stdin stays a pipe: when this process dies the pipe closes and the JVM stops itself.
    { stdio: ['pipe', 'pipe', logFd] },
  );
  closeSync(logFd);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  // Last resort when this process exits without stop() (process.exit, an uncaught error): the JVM also stops
  // when its stdin closes, and the lock names a process that is gone, so the next start takes it over anyway.
  const removeExitHook = onProcessExit(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    lock.release();
  });
  const timeoutMs = options.startTimeoutMs ?? 120_000;

  const address = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Neo4jStartError(`Neo4j did not start within ${timeoutMs / 1000}s. Last lines of ${jvmLog}:\n${logTail(jvmLog)}`));
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
      const output = logTail(jvmLog, 40, logStart);
      if (STORE_LOCK_FAILURE.test(output)) fail(new StoreLockedError(dataDir));
      else fail(new Neo4jStartError(`Neo4j exited during start-up (exit code ${code}). Last lines of ${jvmLog}:\n${output}`));
    });
  }).catch((error: unknown) => {
    removeExitHook();
    throw error;
  });

  const uri = `bolt://${address}`;
  try {
    await waitForCypher(uri, password, timeoutMs);
  } catch (error) {
    await stopChild(child, exited);
    removeExitHook();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    // The lock is released only once the JVM is gone: until then the store is still open.
    stopping ??= stopChild(child, exited).finally(() => {
      removeExitHook();
      lock.release();
    });
    return stopping;
  };
  return { uri, user: 'neo4j', password, version: NEO4J_VERSION, pid: child.pid!, dataDir, provisioned: runtime.provisioned, stop };
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
        if (Date.now() > deadline) throw new Neo4jStartError(`Neo4j at ${uri} does not answer Cypher: ${String(error)}`);
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
