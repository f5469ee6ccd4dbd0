import {
  attachOrStartLocalNeo4j,
  localNeo4jPaths,
  onShutdown,
  type LocalNeo4jSession,
  type SupervisedNeo4j,
} from '@newsgraph/neo4j-local';
import { loadNeo4jConfig } from './config.ts';
import { connectGraph, type ConnectOptions, type GraphConnection } from './connection.ts';
import { applySchema, type SchemaApplyResult } from './migrations.ts';

/** Which database a command uses, to say so before it writes anything. */
export type GraphTarget =
  /**
   * NEO4J_URI. `dataDir` is the data folder a command of this name would use, where a `./newsgraph start` serving the
   * same server publishes its key for local CLIs (there is no runtime file: no embedded Neo4j to share).
   */
  | { kind: 'uri'; uri: string; database: string; dataDir: string }
  /** The embedded Neo4j of a running `./newsgraph start` (or `pnpm neo4j`) on the same data folder. */
  | { kind: 'running'; uri: string; ownerPid: number; ownerCommand: string; dataDir: string; httpUrl?: string }
  /** An embedded Neo4j this process started (and stops when it ends). */
  | { kind: 'embedded'; uri: string; version: string; dataDir: string; shared: boolean };

export interface OpenGraph {
  graph: GraphConnection;
  /** The embedded server this process started, when NEO4J_URI was not set and no start was running. */
  localServer?: SupervisedNeo4j;
  /** Where clients (Neo4j Browser, cypher-shell) can connect. */
  uri: string;
  target: GraphTarget;
  schema: SchemaApplyResult;
  /** The owner (shared: true) adds its web address to the runtime file once it serves. */
  publish(extra: { httpUrl?: string }): void;
  /** Closes the driver, then stops the embedded Neo4j if this process started it. Idempotent. */
  close(): Promise<void>;
}

export interface OpenGraphOptions {
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** The folder under .data/ (default "neo4j", the product's). */
  dataName?: string;
  /** Named in the data folder's lock and runtime files: "newsgraph start", "pnpm ingest". */
  command?: string;
  /** The data folder's owner (start): starts and publishes the embedded Neo4j, never attaches to another. */
  shared?: boolean;
  /** Driver timeouts: the API fails fast when Neo4j is gone (the defaults retry a lost connection for 30 s). */
  driver?: Pick<ConnectOptions, 'maxTransactionRetryTime' | 'connectionAcquisitionTimeout' | 'connectionTimeout'>;
}

/**
 * The product's way to get a database: NEO4J_URI set → that server (any Neo4j 5, Aura, a cluster); unset → the
 * embedded Neo4j of the data folder through `attachOrStartLocalNeo4j` (the running start's, or one started here).
 * Either way the schema is applied before returning, and the driver is closed on SIGINT/SIGTERM before Neo4j stops.
 */
export async function openConfiguredGraph(options: OpenGraphOptions = {}): Promise<OpenGraph> {
  const config = loadNeo4jConfig(options.env);
  let local: LocalNeo4jSession | undefined;
  let connection: { uri: string; user: string; password: string; database: string };
  if (config.uri) {
    connection = { uri: config.uri, user: config.user, password: config.password!, database: config.database };
  } else {
    local = await attachOrStartLocalNeo4j({
      dataName: options.dataName,
      command: options.command ?? 'a newsgraph command',
      shared: options.shared,
      log: options.log,
    });
    // Neo4j Community has exactly one user database, "neo4j".
    connection = { uri: local.uri, user: local.user, password: local.password, database: 'neo4j' };
  }
  try {
    const graph = await connectGraph({ ...connection, ...options.driver });
    let closing: Promise<void> | undefined;
    const close = (): Promise<void> => {
      closing ??= (async () => {
        removeShutdownStep();
        await graph.close().catch(() => {});
        await local?.close();
      })();
      return closing;
    };
    // Registered after the Neo4j session's own step, so on a signal the driver closes before Neo4j stops.
    const removeShutdownStep = onShutdown(close);
    let schema: SchemaApplyResult;
    try {
      schema = await applySchema(graph);
    } catch (error) {
      await close();
      throw error;
    }
    // Only now may other commands use it: the schema they expect is in place.
    if (local?.kind === 'started' && options.shared) local.publish();
    return {
      graph,
      localServer: local?.server,
      uri: connection.uri,
      target: describeTarget(local, connection, options),
      schema,
      publish(extra) {
        if (local?.kind === 'started' && options.shared) local.publish(extra);
      },
      close,
    };
  } catch (error) {
    await local?.close();
    throw error;
  }
}

function describeTarget(
  local: LocalNeo4jSession | undefined,
  connection: { uri: string; database: string },
  options: OpenGraphOptions,
): GraphTarget {
  const { uri } = connection;
  const shared = options.shared ?? false;
  if (!local)
    return { kind: 'uri', uri, database: connection.database, dataDir: localNeo4jPaths(options.dataName).dataDir };
  if (local.kind === 'running') {
    return {
      kind: 'running',
      uri,
      ownerPid: local.ownerPid,
      ownerCommand: local.ownerCommand,
      dataDir: local.dataDir,
      httpUrl: local.httpUrl,
    };
  }
  return { kind: 'embedded', uri, version: local.version, dataDir: local.dataDir, shared };
}

/** The line every command prints before it writes: which database, and whose. */
export function describeGraphTarget(target: GraphTarget): string {
  switch (target.kind) {
    case 'uri':
      return `writing to NEO4J_URI ${redactUri(target.uri)}`;
    case 'running':
      return `writing to the running newsgraph at ${target.uri} (pid ${target.ownerPid})`;
    case 'embedded':
      return target.shared
        ? `started embedded Neo4j ${target.version} at ${target.uri} (data in ${target.dataDir})`
        : `started embedded Neo4j ${target.version} at ${target.uri} (data in ${target.dataDir}); no newsgraph was ` +
            `running on this data folder, so it stops when this command ends`;
  }
}

/**
 * Which database a target is, without credentials: a `./newsgraph start` and a CLI given the same NEO4J_URI agree on
 * it, so the CLI can tell that start serves the graph it was asked to write to.
 */
export function graphIdentity(target: GraphTarget): string {
  return `${redactUri(target.uri)}#${target.kind === 'uri' ? target.database : 'neo4j'}`;
}

/** A URI may carry credentials (user:password@host); never print them. */
function redactUri(uri: string): string {
  try {
    const url = new URL(uri);
    if (!url.username && !url.password) return uri;
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return uri.replace(/\/\/[^@/]*@/, '//');
  }
}
