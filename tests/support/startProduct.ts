// The product's real commands for lifecycle tests: `./newsgraph start` and `pnpm <command>` as a user types them in
// two terminals, on a scratch data folder of the test's own (sharing only the Neo4j jar cache) and a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll } from 'vitest';
import { DATA_ROOT, localNeo4jPaths } from '@newsgraph/neo4j-local';
import { descendantsOf, waitUntilAllGone } from './processes.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running `./newsgraph start`: its output so far, its exit, and a wait for a line it prints from now on. */
export interface StartedProduct {
  child: ChildProcess;
  output: string[];
  exited: Promise<Exit>;
  /** Resolves on the first output line (printed from now) matching; rejects if start exits first. */
  waitFor: (re: RegExp) => Promise<string>;
}

export interface ServingProduct extends StartedProduct {
  /** The address start printed ("newsgraph is running at …"). */
  url: string;
}

export interface ProductCommands {
  /** The scratch data root (NEWSGRAPH_DATA_DIR): removed after the file. */
  scratch: string;
  /** `./newsgraph start` in its own process group, so only this test signals it. */
  start: (port: number) => StartedProduct;
  /** `start`, resolved once it says it serves. */
  startServing: (port: number) => Promise<ServingProduct>;
  /** `pnpm <args>` like a second terminal, with the same data folder. */
  pnpm: (args: string[]) => Promise<{ code: number | null; stdout: string; stderr: string }>;
  /**
   * Whatever a test started and did not see exit (it failed or threw halfway): killed, by its process group (each
   * command runs detached in its own) and, for anything that left that group, by pid among its descendants, then
   * waited for, so the next test finds the data folder free and no process of the file outlives it.
   */
  killLeftovers: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * The commands of one test file, on `<data root>/test-runs/<name>-<pid>`. Registers the file's set-up (the scratch
 * folder, the jar cache linked in, a stand-in web page dated far ahead so start never rebuilds the page while other
 * work edits its sources) and its tear-down (leftovers killed, the folder removed). `env` is added to every command's
 * environment (e.g. a short feed interval).
 */
export function useProductCommands(name: string, env: Record<string, string> = {}): ProductCommands {
  const scratch = join(DATA_ROOT, 'test-runs', `${name}-${process.pid}`);
  const webDist = join(scratch, 'web');
  const running = new Set<ChildProcess>();

  const commandEnv = (port?: number): NodeJS.ProcessEnv => {
    // The embedded default is what is under test: never a configured server.
    const unset = new Set(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']);
    return {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !unset.has(key))),
      PATH: `${join(ROOT, '.tools/node_modules/.bin')}:${process.env.PATH}`,
      NEWSGRAPH_DATA_DIR: scratch,
      NEWSGRAPH_WEB_DIST: webDist,
      HOST: '127.0.0.1',
      ...env,
      ...(port ? { PORT: String(port) } : {}),
    };
  };

  const spawnCommand = (command: string, args: string[], port?: number) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: commandEnv(port),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    return child;
  };

  const start = (port: number): StartedProduct => {
    const child = spawnCommand('./newsgraph', ['start'], port);
    const output: string[] = [];
    const waiters: { re: RegExp; done: (line: string) => void }[] = [];
    const exited = new Promise<Exit>((done) =>
      child.once('exit', (code, signal) => {
        running.delete(child);
        done({ code, signal });
      }),
    );
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        if (process.env.NEWSGRAPH_TEST_LOG) console.error(`[start] ${line}`);
        for (const w of [...waiters]) {
          if (w.re.test(line)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.done(line);
          }
        }
      });
    }
    const waitFor = (re: RegExp) =>
      new Promise<string>((done, reject) => {
        waiters.push({ re, done });
        void exited.then(({ code, signal }) =>
          reject(new Error(`start exited (${signal ?? code}) while waiting for ${re}:\n${output.join('\n')}`)),
        );
      });
    return { child, output, exited, waitFor };
  };

  const startServing = async (port: number): Promise<ServingProduct> => {
    const started = start(port);
    const line = await started.waitFor(/newsgraph is running at (\S+)/);
    return { ...started, url: /newsgraph is running at (\S+)/.exec(line)![1]! };
  };

  const pnpm = (args: string[]) => {
    const child = spawnCommand('pnpm', args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
      child.once('close', (code) => {
        running.delete(child);
        done({ code, stdout, stderr });
      }),
    );
  };

  const killLeftovers = async () => {
    const children = [...running];
    const tree = children.flatMap((child) => descendantsOf(child.pid!));
    for (const child of children) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    for (const p of tree) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await Promise.all(
      children
        .filter((child) => child.exitCode === null && child.signalCode === null)
        .map((child) => new Promise((done) => child.once('exit', done))),
    );
    await waitUntilAllGone(tree, 30_000);
    for (const child of children) running.delete(child);
  };

  beforeAll(() => {
    mkdirSync(scratch, { recursive: true });
    symlinkSync(localNeo4jPaths().cacheDir, join(scratch, 'cache'));
    mkdirSync(webDist, { recursive: true });
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>newsgraph test page</title>');
    const future = new Date('2100-01-01');
    utimesSync(join(webDist, 'index.html'), future, future);
  });

  afterAll(async () => {
    await killLeftovers();
    rmSync(scratch, { recursive: true, force: true });
  });

  return { scratch, start, startServing, pnpm, killLeftovers };
}
