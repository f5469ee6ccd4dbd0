import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode } from 'graphql';
import { FRAGMENTS } from './operations.ts';

/** A typed operation: the query text with the generated result and variable types attached. */
export interface Operation<TResult, TVariables> {
  readonly name: string;
  readonly query: string;
  /** Phantom fields: never set, they only carry the generated types. */
  readonly __result?: TResult;
  readonly __variables?: TVariables;
}

/** An error the API answered (extensions.code tells which limit or input was at fault) or a transport failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const fragmentDefs = new Map<string, DefinitionNode>(
  parse(FRAGMENTS).definitions.flatMap((d) =>
    d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
  ),
);

/** The operation text plus exactly the fragments it reaches (GraphQL rejects unused fragments). */
export function withFragments(query: string): string {
  const doc = parse(query);
  const needed = new Set<string>();
  const queue: DocumentNode[] = [doc];
  while (queue.length > 0) {
    visit(queue.pop()!, {
      FragmentSpread(node) {
        const name = node.name.value;
        if (needed.has(name)) return;
        const def = fragmentDefs.get(name);
        if (!def) throw new Error(`Unknown fragment ${name}`);
        needed.add(name);
        queue.push({ kind: Kind.DOCUMENT, definitions: [def] });
      },
    });
  }
  return print({
    kind: Kind.DOCUMENT,
    definitions: [...doc.definitions, ...[...needed].map((n) => fragmentDefs.get(n)!)],
  });
}

export function operation<TResult, TVariables>(query: string): Operation<TResult, TVariables> {
  const full = withFragments(query);
  const def = parse(full).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return { name: def && 'name' in def && def.name ? def.name.value : 'anonymous', query: full };
}

export interface RequestOptions {
  signal?: AbortSignal;
  endpoint?: string;
}

/** POST one operation to the API; resolves with `data` or rejects with an ApiError. */
export async function request<TResult, TVariables>(
  op: Operation<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: op.query, operationName: op.name, variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`The server did not answer (${(error as Error).message}).`, 'NETWORK');
  }
  let body: { data?: TResult | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(
      `The server answered ${response.status} ${response.statusText} without GraphQL JSON.`,
      'HTTP',
      response.status,
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL', response.status);
  if (!body.data) throw new ApiError(`Empty answer (HTTP ${response.status}).`, 'HTTP', response.status);
  return body.data;
}
