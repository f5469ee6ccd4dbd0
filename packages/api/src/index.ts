// @newsgraph/api: Apollo Server over the graph readers, served with the web page on one HTTP port.
export { startApiServer, PortInUseError, type ApiServer } from './http/createApiServer.ts';
export { loadApiConfig, ApiConfigError, DEFAULT_WEB_DIST, type ApiConfig } from './config.ts';
export { createRequestContext, type RequestContext } from './context.ts';
export { resolvers } from './resolvers/index.ts';
export { typeDefs, SCHEMA_PATH } from './schema.ts';
export { estimateCost } from './limits/estimateCost.ts';
export { operationLimitsRule } from './limits/operationLimitsRule.ts';
// How many selections the limit rule walked: the attack tests' proof that fragments are measured once, not expanded.
export { measureCounters, selectionsIn } from './limits/measureOperation.ts';
export { hasValidApiKey } from './auth.ts';
// A server's registry (ApiServer.metrics): made by startApiServer, nothing registered on import.
export { createMetrics, type ServerMetrics } from './ops/metrics.ts';
export { exportNetwork } from './export/exportNetwork.ts';
export { scoreNetwork } from './analysis/centrality.ts';
