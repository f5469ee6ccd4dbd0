// `pnpm start` (what `./newsgraph start` runs): the database, the schema, the seed corpus, then the server.
import { openConfiguredGraph } from '@newsgraph/graph';
import { stopOnExit } from '@newsgraph/neo4j-local';

const log = (line: string) => console.log(line);
const opened = await openConfiguredGraph({ log });
if (opened.localServer) stopOnExit(opened.localServer, () => console.log('Neo4j stopped.'));
else process.once('SIGINT', () => void opened.close().finally(() => process.exit(130)));

console.log(`Neo4j ${opened.localServer ? `${opened.localServer.version} (embedded, data in ${opened.localServer.dataDir})` : '(NEO4J_URI)'} at ${opened.uri}`);
console.log(`Schema version ${opened.schema.version} (${opened.schema.applied.length ? `applied ${opened.schema.applied.join(', ')}` : 'already current'})`);
console.log('newsgraph is running. Press Ctrl-C to stop.');
// Keep the process alive until a signal arrives.
setInterval(() => {}, 1 << 30);
