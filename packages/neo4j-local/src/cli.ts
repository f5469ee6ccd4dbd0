// `pnpm neo4j`: runs the embedded Neo4j alone (for a Neo4j client, or to share one server between runs).
import { join } from 'node:path';
import { startLocalNeo4j, stopOnExit } from './index.ts';
import { localNeo4jPaths } from './paths.ts';

const paths = localNeo4jPaths();
const server = await startLocalNeo4j({ ...paths, log: (line) => console.log(line) });
stopOnExit(server, () => console.log('Neo4j stopped.'));
console.log(`Neo4j ${server.version} is up at ${server.uri}`);
console.log(`  user: ${server.user}   password: in ${join(server.dataDir, 'password')}`);
console.log('Press Ctrl-C to stop.');
