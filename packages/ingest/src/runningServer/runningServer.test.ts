import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { graphIdentity, type GraphTarget } from '@newsgraph/graph';
import { writeLocalApiKeyFile } from './localApiKeyFile.ts';
import { routeToRunningServer } from './runningServer.ts';

const KEY = 'k'.repeat(43);
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const onUri = (uri = 'bolt://graph.internal:7687'): Extract<GraphTarget, { kind: 'uri' }> => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-route-'));
  return { kind: 'uri', uri, database: 'neo4j', dataDir: dir };
};

/** A pid that certainly ran and is certainly gone: a child that has exited and been reaped. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid;

describe('a CLI on NEO4J_URI finds the start that serves the same graph', () => {
  it('uses a live start whose key file names the same server and database', () => {
    const target = onUri();
    writeLocalApiKeyFile(dir, {
      pid: process.pid,
      httpUrl: 'http://127.0.0.1:4000',
      key: KEY,
      graph: graphIdentity(target),
    });
    expect(routeToRunningServer(target)).toEqual({
      kind: 'server',
      httpUrl: 'http://127.0.0.1:4000',
      key: KEY,
      pid: process.pid,
    });
  });

  it('credentials in the URI do not change which graph it is', () => {
    const target = onUri('neo4j://reader:secret@graph.internal:7687');
    writeLocalApiKeyFile(dir, {
      pid: process.pid,
      httpUrl: 'http://127.0.0.1:4000',
      key: KEY,
      graph: graphIdentity({ ...target, uri: 'neo4j://graph.internal:7687' }),
    });
    expect(routeToRunningServer(target).kind).toBe('server');
    expect(graphIdentity(target)).not.toContain('secret');
  });

  it('works in its own process, saying why, when the start is gone, serves another graph, or wrote nothing', () => {
    const target = onUri();
    expect(routeToRunningServer(target)).toEqual({
      kind: 'local',
      reason: `no newsgraph server published a key in ${dir}`,
    });
    const gone = deadPid();
    writeLocalApiKeyFile(dir, { pid: gone, httpUrl: 'http://127.0.0.1:4000', key: KEY, graph: graphIdentity(target) });
    expect(routeToRunningServer(target)).toEqual({
      kind: 'local',
      reason: `the key file in ${dir} is stale (pid ${gone} is gone)`,
    });
    writeLocalApiKeyFile(dir, {
      pid: process.pid,
      httpUrl: 'http://127.0.0.1:4000',
      key: KEY,
      graph: 'bolt://other.internal:7687#neo4j',
    });
    expect(routeToRunningServer(target)).toEqual({
      kind: 'local',
      reason: `the running newsgraph (pid ${process.pid}) serves bolt://other.internal:7687#neo4j, not this NEO4J_URI`,
    });
  });
});
