import { createHash } from 'node:crypto';
import type { GraphConnection } from '../connection.ts';

/**
 * A checksum of the graph's content: every node's labels and properties and every relationship's type,
 * properties and end nodes (by id/key), in a canonical order. Two graphs with the same facts and provenance
 * have the same checksum whatever order they were written in. `ignore` drops properties that are
 * bookkeeping of when, not what (e.g. `ingestedAt`). For tests and checks on small graphs: it reads everything.
 */
export async function graphChecksum(graph: GraphConnection, options: { ignore?: string[] } = {}): Promise<string> {
  const ignore = new Set(options.ignore ?? []);
  const nodes = await graph.readRows<{ labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n) WHERE NOT n:SchemaMigration RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await graph.readRows<{ type: string; props: Record<string, unknown>; from: unknown; to: unknown }>(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, properties(r) AS props, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to`,
  );
  const lines = [
    ...nodes.map((n) => `N ${canonical([[...n.labels].sort(), strip(n.props, ignore)])}`),
    ...rels.map((r) => `R ${canonical([r.type, r.from, r.to, strip(r.props, ignore)])}`),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return hash.digest('hex');
}

function strip(props: Record<string, unknown>, ignore: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !ignore.has(k)));
}

/** JSON with sorted keys; driver values (temporal types) by their ISO string. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      return JSON.stringify((value as { toString(): string }).toString());
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
