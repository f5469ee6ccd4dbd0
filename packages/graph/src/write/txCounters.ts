import type { QueryResult } from 'neo4j-driver';

/** Running totals of what a transaction's queries changed, from the server's own counters. */
export class TxCounters {
  nodesCreated = 0;
  nodesDeleted = 0;
  relationshipsCreated = 0;
  relationshipsDeleted = 0;

  add(result: QueryResult): QueryResult {
    const u = result.summary.counters.updates();
    this.nodesCreated += u.nodesCreated;
    this.nodesDeleted += u.nodesDeleted;
    this.relationshipsCreated += u.relationshipsCreated;
    this.relationshipsDeleted += u.relationshipsDeleted;
    return result;
  }
}
