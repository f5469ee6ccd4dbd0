import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES, isNeo4jTimeout } from './errors.ts';

const CLIENT_CODES = new Set<string>(CLIENT_ERROR_CODES);

/**
 * Shapes every error leaving the API: Neo4j timeouts become TIMEOUT, depth-limit failures get their own
 * code, stack traces never leave, and in production anything not meant for clients is masked.
 */
export function createFormatError(options: { production: boolean; timeoutMs: number; log: (line: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isNeo4jTimeout(original)) {
      return {
        message: `The request took longer than its time limit of ${options.timeoutMs} ms and was stopped. Narrow the window, lower hops/limit or ask for fewer items.`,
        path: formatted.path,
        extensions: { code: 'TIMEOUT', limitMs: options.timeoutMs },
      };
    }
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (code === 'GRAPHQL_VALIDATION_FAILED' && /exceeds maximum operation depth/.test(formatted.message)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'DEPTH_LIMIT_EXCEEDED' } };
    }
    const { stacktrace: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (CLIENT_CODES.has(code)) return { ...formatted, extensions };
    options.log(`internal error${formatted.path ? ` at ${formatted.path.join('.')}` : ''}: ${(original as Error)?.stack ?? formatted.message}`);
    if (options.production) return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    return { ...formatted, extensions: { ...extensions, code } };
  };
}
