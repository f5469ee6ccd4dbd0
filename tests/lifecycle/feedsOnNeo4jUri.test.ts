// `./newsgraph start` on a configured Neo4j (NEO4J_URI): there is no runtime file to find it by (no embedded Neo4j
// to share), so it publishes its per-run CLI key with the graph it serves, and `pnpm feeds` given the same NEO4J_URI
// asks that server instead of working beside it; after SIGTERM the key is gone and the CLI says it works alone.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testNeo4j } from '../support/testGraph.ts';
import { freePort, useProductCommands } from '../support/startProduct.ts';

const neo4j = testNeo4j();
const product = useProductCommands('feeds-uri', {
  NEO4J_URI: neo4j.uri,
  NEO4J_USER: neo4j.user,
  NEO4J_PASSWORD: neo4j.password,
  NEO4J_DATABASE: neo4j.database,
});
const keyFile = join(product.scratch, 'neo4j', 'local-api-key.json');

describe('feeds through a start on NEO4J_URI', () => {
  it('pnpm feeds list asks the running start serving the same NEO4J_URI, and works alone once it stopped', async () => {
    const start = await product.startServing(await freePort());
    expect(start.output.join('\n')).toContain('Neo4j (NEO4J_URI) at');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const serverPid = /"pid":(\d+)/.exec(start.output.join('\n'))![1]!;

    const through = await product.pnpm(['feeds', 'list']);
    expect(through.code, through.stderr).toBe(0);
    expect(through.stderr).toContain(
      `asking the running newsgraph at ${start.url} (pid ${serverPid}): the server does it`,
    );

    process.kill(start.child.pid!, 'SIGTERM');
    expect(await start.exited).toEqual({ code: 0, signal: null });
    expect(existsSync(keyFile)).toBe(false);

    const alone = await product.pnpm(['feeds', 'list']);
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stderr).toContain(`writing to NEO4J_URI ${neo4j.uri}`);
    expect(alone.stderr).toContain(
      `not through the server: no newsgraph server published a key in ${join(product.scratch, 'neo4j')}`,
    );
  }, 600_000);
});
