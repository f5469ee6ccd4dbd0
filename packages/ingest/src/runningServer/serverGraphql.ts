import { z } from 'zod';

/** A request the running server refused or could not answer: its GraphQL error code and message. */
export class ServerRequestError extends Error {
  override name = 'ServerRequestError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const answerSchema = z.object({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z
    .array(z.object({ message: z.string(), extensions: z.looseObject({ code: z.string().optional() }).optional() }))
    .optional(),
});

/**
 * One GraphQL request to the running server with its per-run key; the answer's `data` checked against `schema`
 * (zod at the edge: a server of another version fails here with a clear message, not later).
 */
export async function askServer<T>(
  server: { httpUrl: string; key: string },
  query: string,
  variables: Record<string, unknown>,
  schema: z.ZodType<T>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL('/graphql', server.httpUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${server.key}`,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new ServerRequestError(
      'NETWORK',
      `the running newsgraph at ${server.httpUrl} did not answer: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ServerRequestError('BAD_ANSWER', `the running newsgraph answered HTTP ${response.status} without JSON`);
  }
  const answer = answerSchema.safeParse(body);
  if (!answer.success) throw new ServerRequestError('BAD_ANSWER', 'the running newsgraph gave an unexpected answer');
  const first = answer.data.errors?.[0];
  if (first) throw new ServerRequestError(first.extensions?.code ?? 'ERROR', first.message);
  const data = schema.safeParse(answer.data.data);
  if (!data.success)
    throw new ServerRequestError(
      'BAD_ANSWER',
      `the running newsgraph's answer does not fit this CLI (another version?): ${data.error.issues[0]?.message ?? ''}`,
    );
  return data.data;
}
