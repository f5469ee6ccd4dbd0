import { GraphQLError } from 'graphql';

/** Error codes a client can act on (extensions.code). Everything else is an internal error. */
export const CLIENT_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'PAGE_SIZE_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'FIELD_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'QUERY_LIMIT_EXCEEDED',
  'INTROSPECTION_DISABLED',
  'TIMEOUT',
  'OVERLOADED',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export function clientError(
  code: ClientErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  httpStatus?: number,
  httpHeaders?: Map<string, string>,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      ...extensions,
      ...(httpStatus ? { http: { status: httpStatus, ...(httpHeaders ? { headers: httpHeaders } : {}) } } : {}),
    },
  });
}

export const badInput = (message: string, extensions: Record<string, unknown> = {}) =>
  clientError('BAD_USER_INPUT', message, extensions);

export function timeoutError(limitMs: number): GraphQLError {
  return clientError(
    'TIMEOUT',
    `The request took longer than its time limit of ${limitMs} ms and was stopped. Narrow the window, lower hops/limit or ask for fewer items.`,
    { limitMs },
  );
}

/** Neo4j's own codes for a transaction stopped by its timeout (or terminated because of it). */
export function isNeo4jTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code.includes('TransactionTimedOut') ||
      code === 'Neo.TransientError.Transaction.Terminated' ||
      code === 'Neo.ClientError.Transaction.Terminated')
  );
}
