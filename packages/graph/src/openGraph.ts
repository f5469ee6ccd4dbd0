import { localNeo4jPaths, startLocalNeo4j, type LocalNeo4j } from '@newsgraph/neo4j-local';
import { loadNeo4jConfig } from './config.ts';
import { connectGraph, type GraphConnection } from './connection.ts';
import { applySchema, type SchemaApplyResult } from './migrations.ts';

export interface OpenGraph {
  graph: GraphConnection;
  /** The embedded server this process started, when NEO4J_URI was not set. */
  localServer?: LocalNeo4j;
  /** Where clients (Neo4j Browser, cypher-shell) can connect. */
  uri: string;
  schema: SchemaApplyResult;
  close(): Promise<void>;
}

/**
 * The product's way to get a database: NEO4J_URI set → that server (any Neo4j 5, Aura, a cluster);
 * unset → the embedded Neo4j under .data/. Either way the schema is applied before returning.
 */
export async function openConfiguredGraph(
  options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void; dataName?: string } = {},
): Promise<OpenGraph> {
  const config = loadNeo4jConfig(options.env);
  let localServer: LocalNeo4j | undefined;
  let connection: { uri: string; user: string; password: string; database: string };
  if (config.uri) {
    connection = { uri: config.uri, user: config.user, password: config.password!, database: config.database };
  } else {
    localServer = await startLocalNeo4j({ ...localNeo4jPaths(options.dataName), log: options.log });
    // Neo4j Community has exactly one user database, "neo4j".
    connection = { uri: localServer.uri, user: localServer.user, password: localServer.password, database: 'neo4j' };
  }
  try {
    const graph = await connectGraph(connection);
    const schema = await applySchema(graph);
    return {
      graph,
      localServer,
      uri: connection.uri,
      schema,
      async close() {
        await graph.close();
        await localServer?.stop();
      },
    };
  } catch (error) {
    await localServer?.stop();
    throw error;
  }
}
