export { ConfigError, loadNeo4jConfig, type Neo4jConfig } from './config.ts';
export { GraphConnection, connectGraph, type ConnectOptions, type TransactionOptions } from './connection.ts';
export { applySchema, loadMigrations, parseCypherFile, schemaVersion, SCHEMA_DIR, type SchemaApplyResult } from './migrations.ts';
export { clearGraphData } from './clearGraphData.ts';
export { terminateRequestTransactions } from './terminateTransactions.ts';
export { readServerInfo, type ServerInfo } from './serverInfo.ts';
export { openConfiguredGraph, describeGraphTarget, type GraphTarget, type OpenGraph, type OpenGraphOptions } from './openGraph.ts';
// Writers (ingestion) and readers (API) each keep their own index.
export * from './write/index.ts';
export * from './read/index.ts';
export { DEFAULT_SYNTHETIC_SIZE, loadSyntheticGraph, syntheticEntityId, syntheticName, syntheticSampleIds } from './bench/loadSyntheticGraph.ts';
export { profileRead, type ReadProfile } from './bench/profileReads.ts';
