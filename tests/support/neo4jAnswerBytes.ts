import type { GraphConnection } from '@newsgraph/graph';

/**
 * Counts what Neo4j answers through `graph` from now on: the JSON size of every record of every read, in characters
 * (a 100 KB string returned is 100 KB counted). A measure of what a request reads from the database, for tests and
 * benchmarks that print it; the records themselves pass through unchanged. Returns the running total.
 */
export function countNeo4jAnswerBytes(graph: GraphConnection): () => number {
  let total = 0;
  const read = graph.read.bind(graph);
  graph.read = (work, options) =>
    read(
      (tx) =>
        work(
          new Proxy(tx, {
            get(target, key, receiver) {
              if (key !== 'run') return Reflect.get(target, key, receiver) as unknown;
              return async (...args: Parameters<typeof tx.run>) => {
                const result = await target.run(...args);
                for (const record of result.records) total += JSON.stringify(record.toObject(), plain).length;
                return result;
              };
            },
          }),
        ),
      options,
    );
  return () => total;
}

// Neo4j integers and temporal values have no JSON form of their own: their printed form is what they carry.
function plain(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value && typeof value === 'object' && !Array.isArray(value) && value.constructor?.name !== 'Object')
    return (value as { toString(): string }).toString();
  return value;
}
