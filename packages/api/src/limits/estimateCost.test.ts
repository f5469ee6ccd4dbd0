import { buildSchema, parse, type OperationDefinitionNode, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../schema.ts';
import { estimateCost, TRANSACTION_COST } from './estimateCost.ts';

const schema = buildSchema(typeDefs);
const cost = (q: string, v?: Record<string, unknown>) => {
  const doc = parse(q);
  return estimateCost(
    schema,
    doc,
    doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode,
    v,
  ).cost;
};

describe('estimateCost', () => {
  it('charges rows, not the columns read from them, one transaction per root field, and multiplies nested pages by first', () => {
    expect(cost('{ entity(id: "x") { id name } }')).toBe(1 + TRANSACTION_COST);
    expect(cost('{ entity(id: "x") { id name aliases kind description } }')).toBe(cost('{ entity(id: "x") { id } }'));
    const small = cost(
      '{ entities(first: 10) { edges { node { statements(first: 10) { edges { node { text } } } } } } }',
    );
    const big = cost(
      '{ entities(first: 100) { edges { node { statements(first: 10) { edges { node { text } } } } } } }',
    );
    expect(big - 2 * TRANSACTION_COST).toBeGreaterThan(9 * (small - 2 * TRANSACTION_COST));
  });
  it('reads first from variables, variable defaults and argument defaults; a wrong variable type is not a crash', () => {
    const q = 'query($n: Int) { statements(first: $n) { edges { node { text speakers { name } } } } }';
    expect(cost(q, { n: 100 })).toBeGreaterThan(cost(q, { n: 10 }));
    expect(cost('query($n: Int = 100) { statements(first: $n) { edges { node { text } } } }')).toBe(
      cost('{ statements(first: 100) { edges { node { text } } } }'),
    );
    expect(cost('{ statements { edges { node { text } } } }')).toBe(
      cost('{ statements(first: 50) { edges { node { text } } } }'),
    );
    expect(cost(q, { n: 'many' })).toBe(cost('{ statements { edges { node { text speakers { name } } } } }'));
    expect(cost(q, { n: { __proto__: { x: 1 } } })).toBeGreaterThan(0);
  });
  it('graph-wide computations carry a fixed cost', () => {
    expect(cost('{ centrality { score } }')).toBeGreaterThanOrEqual(300);
  });
  it('4 000 aliases of statements(first: 1) cost 4 000 transactions', () => {
    const q = `{ ${Array.from({ length: 4000 }, (_, i) => `s${i}: statements(first: 1) { totalCount }`).join(' ')} }`;
    expect(cost(q)).toBeGreaterThan(4000 * TRANSACTION_COST);
  });
  it('a nested field with arguments is one batched query, not one per parent', () => {
    const one = cost('{ entities(first: 1) { edges { node { statements(first: 5) { totalCount } } } } }');
    const many = cost('{ entities(first: 100) { edges { node { statements(first: 5) { totalCount } } } } }');
    expect(many - one).toBeLessThan(TRANSACTION_COST * 10); // rows grow 100×, transactions stay 2
  });
  it('prices fields by the @cost declared beside them in the SDL, not by a table of names', () => {
    const local = buildSchema(`
      directive @cost(complexity: Int! = 1, sizedFields: [String!]) on FIELD_DEFINITION
      type Query { heavy: Int @cost(complexity: 77) light: Int other: Thing }
      type Thing { heavy: Int }
    `);
    const doc = (q: string) => parse(q);
    const op = (q: string) =>
      doc(q).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const local_ = (q: string) => estimateCost(local, doc(q), op(q), {}).cost;
    expect(local_('{ heavy }')).toBe(77 + TRANSACTION_COST);
    expect(local_('{ light }')).toBe(TRANSACTION_COST);
    expect(local_('{ other { heavy } }')).toBe(1 + TRANSACTION_COST); // the same name on another type is not priced
  });
  it('edgeEvidence: first sizes its lists (one query each), not the object, so one request costs what its parts cost', () => {
    const ask = (first: number, sel: string) =>
      cost(`{ edgeEvidence(sourceId: "a", targetId: "b", first: ${first}) { ${sel} } }`);
    expect(ask(200, 'a { id } b { id }')).toBe(ask(1, 'a { id } b { id }'));
    const events = (n: number) => ask(n, 'events { id sources { id } }');
    expect(events(100) - events(50)).toBeGreaterThan(0);
    expect(events(100) - events(50)).toBe(events(150) - events(100)); // linear in the rows each list may hold
    const all = ask(50, 'events { id } statements { id } coMentions { sentences { text } } roles { title }');
    const parts =
      ask(50, 'events { id } roles { title }') +
      ask(50, 'statements { id }') +
      ask(50, 'coMentions { sentences { text } }');
    expect(all).toBeLessThan(parts); // one transaction instead of three, the same rows
  });
});
