import type { DocumentNode, GraphQLSchema, GraphQLOutputType } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Fixed cost of the fields that run graph-wide computations (on top of what they return). */
const HEAVY_FIELDS: Record<string, number> = {
  network: 200,
  export: 300,
  centrality: 300,
  path: 150,
  timeline: 50,
  dyad: 30,
  edgeEvidence: 30,
  stats: 20,
  searchEntities: 10,
  neighbors: 20,
  activity: 10,
};

/** Lists without a `first` argument are assumed this long (mentions of an article, actors of an event…). */
const ASSUMED_LIST_LENGTH = 5;

/**
 * Cost = Σ over selected fields of (fixed cost + size × children's cost), where size is the `first`/`limit`
 * asked (defaults included) for paged fields, 5 for other lists, 1 otherwise. Connection wrappers (`edges`,
 * `node`) cost nothing themselves. Network edges/nodes are sized by limit/20 (they are one query, not N).
 */
// Type shape checks by structure, not instanceof: the schema may come from the other copy of graphql
// (its CommonJS and ES module builds are separate realms when a dependency loads the CommonJS one).
function unwrap(type: GraphQLOutputType): { list: boolean; composite: boolean } {
  let t = type as unknown as { ofType?: unknown; getFields?: unknown; toString(): string };
  const list = t.toString().startsWith('[') || t.toString().replace(/!$/, '').startsWith('[');
  while (t.ofType) t = t.ofType as typeof t;
  return { list, composite: typeof t.getFields === 'function' || 'getTypes' in t };
}

export const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name === 'edges' || field.name === 'node' || field.name === 'pageInfo') {
    return childComplexity;
  }
  const base = HEAVY_FIELDS[field.name] ?? 1;
  const shape = unwrap(field.type);
  const size = typeof args.first === 'number' ? args.first : typeof args.input?.limit === 'number' ? Math.ceil(args.input.limit / 20) : shape.list ? ASSUMED_LIST_LENGTH : 1;
  // Scalars and enums are free beyond their field's base cost.
  return shape.composite ? base + Math.max(1, size) * childComplexity : base;
};

export function estimateCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [costEstimator] });
}
