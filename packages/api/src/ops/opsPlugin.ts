import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.ts';
import type { DatabaseHealth } from './databaseHealth.ts';

/**
 * Per response: every error carries the request id (a user can quote it; the log has the same id), and a reply
 * with DATABASE_UNAVAILABLE is HTTP 503 (retryable, not a 200 with an error inside) and makes the health check
 * look at Neo4j now.
 */
export function opsPlugin(health: DatabaseHealth): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          const requestId = (contextValue as RequestContext | undefined)?.requestId;
          const unavailable = errors.some((error) => error.extensions?.code === 'DATABASE_UNAVAILABLE');
          response.body.singleResult.errors = errors.map((error) =>
            requestId ? { ...error, extensions: { ...error.extensions, requestId } } : error,
          );
          if (unavailable) {
            response.http.status = 503;
            health.reportConnectionError();
          }
        },
      };
    },
  };
}
