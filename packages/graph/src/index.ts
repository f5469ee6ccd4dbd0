export { ConfigError, loadNeo4jConfig, type Neo4jConfig } from './config.ts';
export {
  GraphConnection,
  connectGraph,
  type ConnectOptions,
  type TransactionObserver,
  type TransactionOptions,
} from './connection.ts';
export {
  applySchema,
  loadMigrations,
  parseCypherFile,
  pendingMigrations,
  schemaVersion,
  SCHEMA_DIR,
  type SchemaApplyResult,
} from './migrations.ts';
export { clearGraphData } from './clearGraphData.ts';
export {
  listRequestTransactions,
  terminateRequestTransactions,
  type RequestTransaction,
} from './terminateTransactions.ts';
export { readServerInfo, type ServerInfo } from './serverInfo.ts';
export {
  openConfiguredGraph,
  describeGraphTarget,
  graphIdentity,
  type GraphTarget,
  type OpenGraph,
  type OpenGraphOptions,
} from './openGraph.ts';
// What a command that owns its process needs around openConfiguredGraph: the errors it throws when the data folder is
// taken, and the shutdown steps its close is registered with (so a command orders its own steps around it).
export {
  AlreadyRunningError,
  DataFolderInUseError,
  StoreLockedError,
  isProcessAlive,
  onShutdown,
  treatSignalsAsNormalStop,
} from '@newsgraph/neo4j-local';
// Writers (ingestion) and readers (API) each keep their own index.
export * from './write/index.ts';
export * from './read/index.ts';
export * from './feeds/index.ts';
export {
  DEFAULT_SYNTHETIC_SIZE,
  loadSyntheticGraph,
  syntheticEntityId,
  syntheticName,
  syntheticSampleIds,
} from './bench/loadSyntheticGraph.ts';
export { profileRead, type ReadProfile } from './bench/profileReads.ts';
