export {
  startLocalNeo4j,
  Neo4jStartError,
  StoreLockedError,
  logTail,
  type LocalNeo4j,
  type LocalNeo4jOptions,
  type Neo4jLifecycleEvent,
  type RestartPolicy,
  type SupervisedNeo4j,
} from './server.ts';
export { provisionNeo4j, NEO4J_VERSION } from './provision.ts';
export { MissingPrerequisiteError, checkJava, checkMaven } from './prerequisites.ts';
export { stopOnExit } from './stopOnExit.ts';
export { DATA_ROOT, localNeo4jPaths } from './paths.ts';
export {
  attachOrStartLocalNeo4j,
  AlreadyRunningError,
  type AttachOrStartOptions,
  type LocalNeo4jSession,
} from './runtime/attachOrStart.ts';
export { DataFolderInUseError, readLockHolder, lockFilePath, type LockHolder } from './runtime/dataFolderLock.ts';
export { inspectRuntime, runtimeFilePath, type RuntimeRecord, type RuntimeStatus } from './runtime/runtimeFile.ts';
export { isProcessAlive, processStartTicks, type ProcessIdentity } from './runtime/processIdentity.ts';
export { onShutdown, onProcessExit, treatSignalsAsNormalStop, isShuttingDown } from './runtime/shutdown.ts';
