import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, readServerInfo, schemaVersion, type GraphConnection } from '@newsgraph/graph';
import { freshTestGraph } from '../support/testGraph.ts';

let graph: GraphConnection;
beforeAll(async () => {
  graph = await freshTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

describe('Neo4j schema', () => {
  it('runs against a real Neo4j 5.26 server', async () => {
    const info = await readServerInfo(graph);
    console.log(`dbms.components(): ${info.name} ${info.version} ${info.edition}`);
    expect(info.name).toBe('Neo4j Kernel');
    expect(info.version).toMatch(/^5\.26\./);
  });

  it('records the applied version and a second apply is a no-op', async () => {
    const before = await graph.readRows<{ n: number }>('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    const second = await applySchema(graph);
    expect(second.applied).toEqual([]);
    expect(second.skipped.length).toBeGreaterThanOrEqual(2);
    expect(await schemaVersion(graph)).toBe(second.version);
    const after = await graph.readRows<{ n: number }>('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    expect(after).toEqual(before);
  });

  it('rejects a duplicate entity id and a duplicate article id', async () => {
    await graph.writeQuery('CREATE (:Entity:Person {id: $id, name: "A"})', { id: 'person:dup' });
    await expect(
      graph.writeQuery('CREATE (:Entity:Person {id: $id, name: "B"})', { id: 'person:dup' }),
    ).rejects.toThrow(/already exists/);
    await graph.writeQuery('CREATE (:Article {id: "a1"})');
    await expect(graph.writeQuery('CREATE (:Article {id: "a1"})')).rejects.toThrow(/already exists/);
  });

  it('has a full-text index over entity names and aliases', async () => {
    await graph.writeQuery(
      'CREATE (:Entity:Person {id: "person:cs", name: "Claudia Sheinbaum", aliases: ["Sheinbaum", "Dr. Sheinbaum"]})',
    );
    // The full-text index is eventually consistent: wait for it to catch up.
    await graph.writeQuery('CALL db.awaitIndexes(60)');
    const rows = await graph.readRows<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
      { q: 'Sheinbaum~' },
    );
    expect(rows.map((r) => r.id)).toContain('person:cs');
  });
});
