import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from './schema.ts';

// Defaults are applied once, at the edge: declared on the SDL's arguments, filled in by GraphQL before any resolver
// runs, and an explicit null is refused — so no resolver re-applies `?? 'EVENT'`.
const schema = buildSchema(typeDefs);
const query = schema.getQueryType()!.getFields();
const arg = (field: string, name: string) => query[field]!.args.find((a) => a.name === name)!;

describe('argument defaults live in the schema', () => {
  it('time axis, bucket, order and an empty filter default in the SDL; nested input defaults are filled in too', () => {
    for (const field of ['timeline', 'edgeEvidence', 'path', 'centrality', 'dyad'])
      expect(arg(field, 'timeAxis').defaultValue).toBe('EVENT');
    expect(arg('timeline', 'bucket').defaultValue).toBe('WEEK');
    expect(arg('statements', 'order').defaultValue).toBe('ASC');
    expect(arg('statements', 'filter').defaultValue).toEqual({ timeAxis: 'EVENT' });
    expect(arg('events', 'filter').defaultValue).toEqual({ timeAxis: 'EVENT' });
  });
  it('an explicit null for a defaulted argument is refused before anything runs', () => {
    const errors = (q: string) => validate(schema, parse(q)).map((e) => e.message);
    expect(errors('{ timeline(timeAxis: null) { bucket } }').join()).toMatch(/TimeAxis!/);
    expect(errors('{ statements(filter: null) { totalCount } }').join()).toMatch(/StatementFilter!/);
    expect(errors('{ timeline { bucket } statements { totalCount } }')).toEqual([]);
  });
});
