import { describe, expect, it } from 'vitest';
import { countGraph } from '@newsgraph/graph';
import { gql, useSeededServer } from '../support/server.ts';

// Lucene and Cypher text in search (issue 12 §5): the search box passes user text to a full-text index, so every
// Lucene operator and every Cypher fragment must be only words — an answer (possibly empty), never a 500, a
// Lucene parse error, a match-everything, or a change to the graph (over-long text is a 400 BAD_USER_INPUT).

const LUCENE = [
  '*',
  '*:*',
  '?',
  '~',
  '^',
  '\\',
  '"',
  '""',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  '!',
  '&&',
  '||',
  '-',
  '+',
  '/',
  '//',
  'AND',
  'OR',
  'NOT',
  'a AND',
  'OR b',
  'NOT Mexico',
  'Mexico AND NOT Trump',
  'name:Mexico',
  'aliases:*',
  '_id:1',
  'Mex*',
  '*ico',
  'M?xico',
  'Mexico~0.1',
  'Mexico~',
  'Mexico^1000',
  '"Claudia Sheinbaum"~10',
  '[a TO z]',
  '{a TO z}',
  '/.*/',
  '/[a-z]+/',
  '/(a+)+$/',
  'Mexico\\',
  '\\"',
  'a:b:c',
  '(((((((((((Mexico',
  '"unclosed',
  'x'.repeat(300),
  'Mexico '.repeat(60),
  '\u0000',
  '\ud83d\ude00',
  '\u202eocixeM',
];

const CYPHER = [
  "') RETURN 1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '$lucene',
  '`id`',
  "x'}) CALL db.labels() YIELD label RETURN label //",
  'MATCH (n) DETACH DELETE n',
  'CALL dbms.components()',
  "'; CALL apoc.cypher.run('MATCH (n) DELETE n', {}) //",
  '{limit: 100000}',
  'entity_names',
  "') YIELD node RETURN node LIMIT 1000000 //",
];

const SEARCH = 'query($q: String!) { searchEntities(query: $q, first: 10) { score entity { id name } } }';

describe('search takes Lucene and Cypher text as words', () => {
  const seeded = useSeededServer();

  it.each([...LUCENE, ...CYPHER].map((q) => [JSON.stringify(q).slice(0, 60), q]))('%s', async (_label, q) => {
    const before = await countGraph(seeded.graph);
    const r = await gql<{ searchEntities: { entity: { id: string } }[] }>(seeded.server.url, SEARCH, { q });
    expect(r.status).toBeLessThan(500);
    if (r.errors) {
      // Over-long text (> 200 characters) is refused as the caller's mistake, BAD_USER_INPUT on `query`.
      expect(r.errors.map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'query' }),
      ]);
      expect(q.length).toBeGreaterThan(200);
    } else {
      expect(r.status, JSON.stringify(r.errors)).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(r.data!.searchEntities.length).toBeLessThanOrEqual(10);
    }
    expect(await countGraph(seeded.graph)).toEqual(before);
  });

  it('operators never widen a search: "*" and "*:*" match nothing, "NOT Mexico" is not everything but Mexico', async () => {
    for (const q of ['*', '*:*', '?', 'NOT Mexico']) {
      const r = await gql<{ searchEntities: { entity: { id: string; name: string } }[] }>(seeded.server.url, SEARCH, {
        q,
      });
      const names = r.data!.searchEntities.map((h) => h.entity.name);
      if (q === 'NOT Mexico')
        expect(
          names.every((n) => /mexic|not/i.test(n)),
          names.join(', '),
        ).toBe(true);
      else expect(names).toEqual([]);
    }
  });
});
