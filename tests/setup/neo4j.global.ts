import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { localNeo4jPaths, startLocalNeo4j, type LocalNeo4j } from '@newsgraph/neo4j-local';

/**
 * One real Neo4j for the whole test run. By default a fresh embedded server under .data/test-runs/<pid>
 * (deleted afterwards; the jar cache is shared with the product). NEO4J_TEST_URI points the tests at another
 * server instead — never NEO4J_URI, because tests wipe the database they use.
 */
export default async function setup(project: TestProject) {
  let server: LocalNeo4j | undefined;
  let connection: TestNeo4j;
  if (process.env.NEO4J_TEST_URI) {
    connection = {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    };
  } else {
    const { dataDir, cacheDir } = localNeo4jPaths(`test-runs/${process.pid}`);
    const started = Date.now();
    server = await startLocalNeo4j({ dataDir, cacheDir, heap: '1g', log: (line) => console.log(`[neo4j] ${line}`) });
    console.log(
      `[neo4j] test server ${server.version} up at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    connection = { uri: server.uri, user: server.user, password: server.password, database: 'neo4j' };
  }
  (project.provide as (key: string, value: unknown) => void)('neo4j', connection);
  return async () => {
    if (!server) return;
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  };
}

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}
