// `pnpm neo4j [--name <dir under .data>]`: runs the embedded Neo4j alone (for a Neo4j client, or to share one server).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalNeo4j, stopOnExit } from './index.ts';
import { localNeo4jPaths } from './paths.ts';

const { values } = parseArgs({ options: { name: { type: 'string', default: 'neo4j' } } });
const paths = localNeo4jPaths(values.name);
const server = await startLocalNeo4j({ ...paths, log: (line) => console.log(line) });
stopOnExit(server, () => console.log('Neo4j stopped.'));
console.log(server.provisioned ? 'Neo4j provisioned.' : `Reusing Neo4j ${server.version} from ${paths.cacheDir} (no download).`);
console.log(`Neo4j ${server.version} is up at ${server.uri} (JVM pid ${server.pid})`);
console.log(`  user: ${server.user}   password: in ${join(server.dataDir, 'password')}`);
console.log('Press Ctrl-C to stop.');
