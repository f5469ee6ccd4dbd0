import type { GraphConnection } from '../connection.ts';

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

/** Node and relationship totals (schema bookkeeping excluded), by label and by type, for tests and benchmarks. */
export async function countGraph(graph: GraphConnection): Promise<GraphCounts> {
  const labels = await graph.readRows<{ label: string; n: number }>(
    `MATCH (n) WHERE NOT n:SchemaMigration UNWIND labels(n) AS label RETURN label, count(*) AS n`,
  );
  const types = await graph.readRows<{ type: string; n: number }>(
    `MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n`,
  );
  const totals = await graph.readRows<{ nodes: number }>(
    `MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS nodes`,
  );
  const byLabel = Object.fromEntries(labels.map((r) => [r.label, r.n]));
  const byType = Object.fromEntries(types.map((r) => [r.type, r.n]));
  return {
    nodes: totals[0]?.nodes ?? 0,
    relationships: Object.values(byType).reduce((a, b) => a + b, 0),
    byLabel,
    byType,
  };
}
