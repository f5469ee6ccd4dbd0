export { startLocalNeo4j, Neo4jStartError, logTail, type LocalNeo4j, type LocalNeo4jOptions } from './server.ts';
export { provisionNeo4j, NEO4J_VERSION } from './provision.ts';
export { MissingPrerequisiteError, checkJava, checkMaven } from './prerequisites.ts';
export { stopOnExit } from './stopOnExit.ts';
export { DATA_ROOT, localNeo4jPaths } from './paths.ts';
