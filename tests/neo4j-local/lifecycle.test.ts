import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { DATA_ROOT } from '@newsgraph/neo4j-local';

// Runs `pnpm neo4j` the way a user does (one node process, tsx as a loader) and checks what is left behind.
const name = `test-runs/lifecycle-${process.pid}`;
const dataDir = join(DATA_ROOT, name);

interface Running {
  child: ChildProcess;
  jvmPid: number;
  uri: string;
  lines: string[];
}

function startCli(): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/neo4j-local/src/cli.ts', '--name', name], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      const up = /is up at (\S+) \(JVM pid (\d+)\)/.exec(line);
      if (up) resolve({ child, jvmPid: Number(up[2]), uri: up[1]!, lines });
    });
    child.once('exit', (code) => reject(new Error(`cli exited with ${code} before start:\n${lines.join('\n')}`)));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, ms = 40_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !alive(pid);
}

function withDriver<T>(uri: string, work: (driver: ReturnType<typeof neo4j.driver>) => Promise<T>): Promise<T> {
  const password = readFileSync(join(dataDir, 'password'), 'utf8');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  return work(driver).finally(() => driver.close());
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('embedded Neo4j lifecycle', () => {
  it('Ctrl-C (SIGINT) stops the JVM and keeps nothing running', async () => {
    const run = await startCli();
    await withDriver(run.uri, (d) => d.executeQuery('CREATE (:LifecycleProbe {value: 42})'));
    run.child.kill('SIGINT');
    expect(await waitUntilGone(run.jvmPid)).toBe(true);
  });

  it('a second start reuses the cached jars and keeps the data, with auth on; SIGTERM stops it', async () => {
    const run = await startCli();
    expect(run.lines.join('\n')).toMatch(/Reusing Neo4j .* \(no download\)/);
    const { records } = await withDriver(run.uri, (d) =>
      d.executeQuery('MATCH (p:LifecycleProbe) RETURN p.value AS v'),
    );
    expect(records.map((r) => r.get('v').toNumber?.() ?? r.get('v'))).toEqual([42]);
    // Authentication is on: the generated password works, another does not.
    const stranger = neo4j.driver(run.uri, neo4j.auth.basic('neo4j', 'not-the-password'));
    await expect(stranger.executeQuery('RETURN 1')).rejects.toThrow(/authentication|unauthorized/i);
    await stranger.close();
    run.child.kill('SIGTERM');
    expect(await waitUntilGone(run.jvmPid)).toBe(true);
  });

  it('a killed parent (SIGKILL, no handlers run) still leaves no JVM behind', async () => {
    const run = await startCli();
    run.child.kill('SIGKILL');
    expect(await waitUntilGone(run.jvmPid)).toBe(true);
  });
});
