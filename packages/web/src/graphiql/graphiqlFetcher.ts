import { GraphQLError, type ExecutionResult } from 'graphql';

export interface GraphiQLParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * A plain POST fetcher: JSON body, so the API's CSRF prevention accepts it.
 * Headers typed in GraphiQL's "Headers" tab (e.g. Authorization for mutations) are passed through.
 */
export function graphiqlFetcher(url: string) {
  return async (params: GraphiQLParams, opts?: { headers?: Record<string, unknown> }): Promise<ExecutionResult> => {
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts?.headers ?? {})) if (typeof v === 'string') extra[k] = v;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...extra },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      return { errors: [new GraphQLError(`HTTP ${response.status}: ${text.slice(0, 500)}`)] };
    }
  };
}
