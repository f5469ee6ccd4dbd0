import type { GraphConnection } from '../connection.ts';
import { clearLabel } from './clearLabel.ts';

export interface BareCreateBatch {
  /** Node property maps (id, name, text …), created as (:BenchNode). */
  nodes: Record<string, unknown>[];
  /** Relationships between nodes of the same batch, by index into `nodes`; `props` (when given) set on each. */
  rels: { from: number; to: number; props?: Record<string, unknown> }[];
}

/**
 * The database's own limit for the benchmark: a bare `UNWIND … CREATE` of nodes and relationships with no
 * lookups, no MERGE and no constraints, one transaction per batch. Writes only :BenchNode / :BENCH_REL.
 */
export async function bareUnwindCreate(graph: GraphConnection, batch: BareCreateBatch): Promise<void> {
  const withProps = batch.rels.some((r) => r.props !== undefined);
  await graph.write((tx) =>
    tx.run(
      `UNWIND $nodes AS n
       CREATE (x:BenchNode) SET x = n
       WITH collect(x) AS xs
       UNWIND $rels AS r
       ${
         withProps
           ? `WITH xs[toInteger(r.from)] AS a, xs[toInteger(r.to)] AS b, r
       CREATE (a)-[y:BENCH_REL]->(b) SET y = r.props`
           : `WITH xs[toInteger(r.from)] AS a, xs[toInteger(r.to)] AS b
       CREATE (a)-[:BENCH_REL]->(b)`
       }`,
      batch,
    ),
  );
}

/** Removes what bareUnwindCreate wrote. */
export async function clearBareUnwindCreate(graph: GraphConnection): Promise<void> {
  await clearLabel(graph, 'BenchNode');
}
