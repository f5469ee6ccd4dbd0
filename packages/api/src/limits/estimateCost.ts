import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { measureOperation } from './measureOperation.ts';

/**
 * What one Neo4j transaction costs on top of the rows it returns: a request's cost follows how many queries
 * it really runs (4 000 aliases of `statements(first: 1)` are 4 000 transactions, not 8 000 cheap rows).
 */
export const TRANSACTION_COST = 100;

export interface CostEstimate {
  cost: number;
  /** Fields that open a transaction (root fields, fields with arguments). */
  transactions: number;
}

/** Cost of the operation that will run, with the request's variables; linear in the document (see measureOperation). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): CostEstimate {
  const m = measureOperation(schema, document, operation, variables ?? {});
  return { cost: Math.min(1e12, m.work + TRANSACTION_COST * m.transactions), transactions: m.transactions };
}
