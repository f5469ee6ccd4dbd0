import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../schema.ts';
import { estimateCost } from './estimateCost.ts';

// Built with the same copy of graphql that graphql-query-complexity loads here (its CommonJS build under Vitest),
// as Apollo's schema is in the server; the estimator itself does not depend on which copy.
const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = buildSchema(typeDefs);
const cost = (q: string, v?: Record<string, unknown>) => estimateCost(schema, parse(q), v);

describe('estimateCost', () => {
  it('charges scalars on an object once and multiplies nested pages by first', () => {
    expect(cost('{ entity(id: "x") { id name } }')).toBe(3);
    const small = cost('{ entities(first: 10) { edges { node { statements(first: 10) { edges { node { text } } } } } } }');
    const big = cost('{ entities(first: 100) { edges { node { statements(first: 10) { edges { node { text } } } } } } }');
    expect(big).toBeGreaterThan(9 * small);
  });
  it('reads first from variables and defaults', () => {
    const q = 'query($n: Int) { statements(first: $n) { edges { node { text speakers { name } } } } }';
    expect(cost(q, { n: 100 })).toBeGreaterThan(cost(q, { n: 10 }));
    expect(cost('{ statements { edges { node { text } } } }')).toBe(cost('{ statements(first: 50) { edges { node { text } } } }'));
  });
  it('graph-wide computations carry a fixed cost', () => {
    expect(cost('{ centrality { score } }')).toBeGreaterThanOrEqual(300);
  });
});
