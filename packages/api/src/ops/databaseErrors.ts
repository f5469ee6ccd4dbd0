import { GraphQLError } from 'graphql';

// The driver's codes for "no server to talk to": refused or lost connections, a database that is stopping, and
// a pool that could not hand out a connection in time.
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** True when an error means Neo4j cannot be reached, as opposed to a query that failed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  return (
    typeof e?.message === 'string' &&
    /Connection acquisition timed out|Failed to connect to server|Could not perform discovery/i.test(e.message)
  );
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is not reachable right now; the server is reconnecting. Retry in a few seconds (GET /readyz says when it is back).';

export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
  });
}
