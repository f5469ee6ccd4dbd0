import { graphIdentity, isProcessAlive, type GraphTarget } from '@newsgraph/graph';
import { readLocalApiKeyFile } from './localApiKeyFile.ts';

/** Where a CLI's feed work happens: in the running start's process (over its GraphQL), or in the CLI's own. */
export type WorkRoute =
  { kind: 'server'; httpUrl: string; key: string; pid: number } | { kind: 'local'; reason: string };

/**
 * The running `./newsgraph start` of this data folder, when the CLI can ask it: found through the runtime file
 * (the graph target) and reachable with the per-run key it published beside it (local-api-key.json). Otherwise the
 * reason the work stays in this process, to print.
 */
export function routeToRunningServer(target: GraphTarget): WorkRoute {
  if (target.kind === 'uri') return routeOnConfiguredServer(target);
  if (target.kind === 'embedded') return { kind: 'local', reason: 'no newsgraph server runs on this data folder' };
  const owner = `the running ${target.ownerCommand} (pid ${target.ownerPid})`;
  if (!target.httpUrl) return { kind: 'local', reason: `${owner} serves no GraphQL (a database only)` };
  const record = readLocalApiKeyFile(target.dataDir);
  if (!record || record.pid !== target.ownerPid)
    return {
      kind: 'local',
      reason: `${owner} published no local API key readable only by you (local-api-key.json in ${target.dataDir}; a start from before this version writes none)`,
    };
  return { kind: 'server', httpUrl: record.httpUrl, key: record.key, pid: record.pid };
}

/**
 * NEO4J_URI: no runtime file names a start (there is no embedded Neo4j to share), so the key file of the data folder
 * is the only trace of one. It is used when its process is alive and it serves the same server and database.
 */
function routeOnConfiguredServer(target: Extract<GraphTarget, { kind: 'uri' }>): WorkRoute {
  const record = readLocalApiKeyFile(target.dataDir);
  if (!record) return { kind: 'local', reason: `no newsgraph server published a key in ${target.dataDir}` };
  if (!isProcessAlive({ pid: record.pid }))
    return { kind: 'local', reason: `the key file in ${target.dataDir} is stale (pid ${record.pid} is gone)` };
  if (record.graph !== graphIdentity(target))
    return {
      kind: 'local',
      reason: `the running newsgraph (pid ${record.pid}) serves ${record.graph ?? 'its embedded Neo4j'}, not this NEO4J_URI`,
    };
  return { kind: 'server', httpUrl: record.httpUrl, key: record.key, pid: record.pid };
}
