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

/** The ids of the transactions Neo4j still lists for this request id (a test's proof that a timed-out request left none). */
export async function listRequestTransactions(graph: GraphConnection, requestId: string): Promise<string[]> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const found = await session.run<{ ids: string[] }>(
      'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.requestId = $requestId RETURN collect(transactionId) AS ids',
      { requestId },
    );
    return found.records[0]?.get('ids') ?? [];
  } finally {
    await session.close();
  }
}
