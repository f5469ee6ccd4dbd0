// `pnpm neo4j [--name dir]`: runs the embedded Neo4j alone (for a Neo4j client, or to share one server). It publishes
// its runtime file like the start command, so `pnpm ingest` and the other commands of that folder use it.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { attachOrStartLocalNeo4j, onShutdown, treatSignalsAsNormalStop, type LocalNeo4jSession } from './index.ts';
import { localNeo4jPaths } from './paths.ts';

const { values } = parseArgs({ options: { name: { type: 'string', default: 'neo4j' } } });
const paths = localNeo4jPaths(values.name);
treatSignalsAsNormalStop();
// Registered first, so it runs last: after the session's own stop.
onShutdown(() => console.log('Neo4j stopped.'));
let session: LocalNeo4jSession;
try {
  session = await attachOrStartLocalNeo4j({
    ...paths,
    command: 'pnpm neo4j',
    shared: true,
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const server = session.server!;
session.publish();
console.log(
  server.provisioned ? 'Neo4j provisioned.' : `Reusing Neo4j ${server.version} from ${paths.cacheDir} (no download).`,
);
console.log(`Neo4j ${server.version} is up at ${server.uri} (JVM pid ${server.pid})`);
console.log(`  user: ${server.user}   password: in ${join(server.dataDir, 'password')}`);
console.log('Press Ctrl-C to stop.');
