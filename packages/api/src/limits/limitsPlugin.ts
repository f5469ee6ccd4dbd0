import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.ts';
import { clientError } from '../errors.ts';
import { estimateCost } from './estimateCost.ts';

/**
 * Checks every resolved operation before it runs: mutations need an API key (401 otherwise), and the
 * estimated cost must stay under the configured maximum (the error says by how much).
 */
export function limitsPlugin(maxCost: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (operation?.operation === 'mutation' && !contextValue.authenticated) {
            throw clientError('UNAUTHENTICATED', 'Mutations need a valid API key: send Authorization: Bearer <key> (keys come from NEWSGRAPH_API_KEYS).', {}, 401);
          }
          const cost = estimateCost(schema, document, request.variables, request.operationName);
          if (cost > maxCost) {
            throw clientError(
              'COST_LIMIT_EXCEEDED',
              `This query's estimated cost is ${cost}, over the limit of ${maxCost}. Ask for fewer items (smaller first/limit) or fewer nested lists.`,
              { cost, maxCost },
              400,
            );
          }
        },
      };
    },
  };
}
