import { OperationTypeNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.ts';
import { clientError } from '../errors.ts';
import { estimateCost, TRANSACTION_COST } from './estimateCost.ts';

/**
 * Checks every resolved operation before it runs: mutations need an API key (401 otherwise), and the
 * estimated cost (rows + database queries, with the request's variables) must stay under the configured maximum.
 * Runs after validation (it needs the variables), before execution: a refused request runs no Cypher. A request that
 * passes waits for its turn in `admit` (admission control, admissionPlugin.ts).
 */
export function limitsPlugin(
  maxCost: number,
  /** Called last, once the request passed every check: admission control waits here for the request's turn. */
  admit?: (operation: OperationTypeNode, context: RequestContext) => Promise<void>,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION && !contextValue.authenticated) {
            throw clientError(
              'UNAUTHENTICATED',
              'Mutations need a valid API key: send Authorization: Bearer <key> (keys come from NEWSGRAPH_API_KEYS; on a default loopback start the page uses GET /api/session).',
              {},
              401,
            );
          }
          if (!operation) return; // Apollo answers a missing operation itself
          const { cost, transactions } = estimateCost(schema, document, operation, request.variables);
          if (cost > maxCost) {
            throw clientError(
              'COST_LIMIT_EXCEEDED',
              `This query's estimated cost is ${cost}, over the limit of ${maxCost} (${transactions} database queries at ${TRANSACTION_COST} each, plus the rows asked). Ask for fewer items (smaller first/limit), fewer aliases or fewer nested lists.`,
              { cost, maxCost, transactions },
              400,
            );
          }
          await admit?.(operation.operation, contextValue);
        },
      };
    },
  };
}
