import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES, isNeo4jTimeout } from './errors.ts';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './ops/databaseErrors.ts';

const CLIENT_CODES = new Set<string>(CLIENT_ERROR_CODES);
/** Codes of the validation rules that refuse a request's size or schema access (kept through Apollo's relabelling). */
const VALIDATION_LIMIT_CODES = new Set([
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'FIELD_LIMIT_EXCEEDED',
  'INTROSPECTION_DISABLED',
]);

/**
 * Shapes every error leaving the API: Neo4j timeouts become TIMEOUT, limit failures (depth, aliases, fields,
 * tokens, introspection) get their own code, stack traces never leave, and in production anything not meant for clients is masked.
 */
export function createFormatError(options: { production: boolean; timeoutMs: number; log: (line: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Neo4j gone mid-request: a retryable code (opsPlugin makes the reply 503), not a masked internal error.
    if (isDatabaseUnavailable(original)) {
      return {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        path: formatted.path,
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      };
    }
    if (isNeo4jTimeout(original)) {
      return {
        message: `The request took longer than its time limit of ${options.timeoutMs} ms and was stopped. Narrow the window, lower hops/limit or ask for fewer items.`,
        path: formatted.path,
        extensions: { code: 'TIMEOUT', limitMs: options.timeoutMs },
      };
    }
    const formattedCode = formatted.extensions?.code;
    let code = typeof formattedCode === 'string' ? formattedCode : 'INTERNAL_SERVER_ERROR';
    const { stacktrace: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    // Apollo relabels every validation error GRAPHQL_VALIDATION_FAILED; our limit rules' own code is kept on the original.
    // (Apollo's own NoIntrospection rule says so in validationErrorCode.)
    const innerExtensions = (original as { originalError?: { extensions?: Record<string, unknown> } } | undefined)
      ?.originalError?.extensions;
    const innerCode = innerExtensions?.code ?? innerExtensions?.validationErrorCode;
    const inner = typeof innerCode === 'string' ? innerCode : '';
    if (code === 'GRAPHQL_VALIDATION_FAILED' && VALIDATION_LIMIT_CODES.has(inner)) {
      code = extensions.code = inner;
      delete extensions.validationErrorCode;
    }
    const tokens =
      code === 'GRAPHQL_PARSE_FAILED'
        ? /Document contains more th(?:an|at) (\d+) tokens/.exec(formatted.message)
        : null;
    if (tokens) {
      return {
        message: `The query has more than ${tokens[1]} tokens, the limit; parsing stopped there. Send a smaller query (fewer fields, aliases or fragments).`,
        extensions: { code: 'TOKEN_LIMIT_EXCEEDED', maxTokens: Number(tokens[1]) },
      };
    }
    if (CLIENT_CODES.has(code)) return { ...formatted, extensions };
    options.log(
      `internal error${formatted.path ? ` at ${formatted.path.join('.')}` : ''}: ${(original as Error | undefined)?.stack ?? formatted.message}`,
    );
    if (options.production)
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    return { ...formatted, extensions: { ...extensions, code } };
  };
}
