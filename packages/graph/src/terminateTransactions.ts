import type { GraphConnection } from './connection.ts';

/**
 * Stops, on the server, every transaction whose metadata carries this request id (the API tags its reads so).
 * Used when a request passes its time limit: the reply has gone, so its queries must not keep running.
 * Returns how many were terminated. Admin commands run in auto-commit transactions, hence a session of its own.
 */
export async function terminateRequestTransactions(graph: GraphConnection, requestId: string): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const found = await session.run<{ ids: string[] }>(
      'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.requestId = $requestId RETURN collect(transactionId) AS ids',
      { requestId },
    );
    const ids = found.records[0]?.get('ids') ?? [];
    if (ids.length === 0) return 0;
    await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } finally {
    await session.close();
  }
}

/** A transaction Neo4j lists for a request: its id and SHOW TRANSACTIONS' status ('Running', 'Terminated with reason: …'). */
export interface RequestTransaction {
  id: string;
  status: string;
  /** Marked for termination: Neo4j lists it until its rollback is done. */
  terminated: boolean;
}

/** The transactions Neo4j still lists for this request id (a test's proof that a timed-out request left none). */
export async function listRequestTransactions(
  graph: GraphConnection,
  requestId: string,
): Promise<RequestTransaction[]> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const found = await session.run<{ id: string; status: string }>(
      'SHOW TRANSACTIONS YIELD transactionId, status, metaData WHERE metaData.requestId = $requestId RETURN transactionId AS id, status',
      { requestId },
    );
    return found.records.map((record) => {
      const status = record.get('status');
      return { id: record.get('id'), status, terminated: status.startsWith('Terminated') };
    });
  } finally {
    await session.close();
  }
}
