/** The request GraphiQL hands its fetcher. */
export interface GraphiQLParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * A plain POST fetcher: JSON body, so the API's CSRF prevention accepts it.
 * The Authorization header typed in GraphiQL's "Headers" tab is passed through for mutations.
 */
export function graphiqlFetcher(url: string) {
  return async (params: GraphiQLParams, opts?: { headers?: Record<string, unknown> }): Promise<unknown> => {
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts?.headers ?? {})) if (typeof v === 'string') extra[k] = v;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...extra },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
    }
  };
}
