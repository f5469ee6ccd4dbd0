import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  buildSchema,
  execute,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { createHandler } from 'graphql-sse';
import type { ApiConfig } from '../config.ts';
import { operationLimitsRule } from '../limits/operationLimitsRule.ts';
import { BodyError, readBody } from '../http/readJsonBody.ts';
import type { ArticleWriteWatcher } from './articleWriteWatcher.ts';
import { articleWritesStream } from './articleWritesStream.ts';

/** Where the page subscribes (graphql-sse, distinct connections mode: one event stream per subscription). */
export const LIVE_UPDATES_PATH = '/graphql/stream';

/**
 * GraphQL subscriptions over Server-Sent Events with graphql-sse. Only `subscription` operations are served here
 * (queries and mutations stay on POST /graphql, behind Apollo's limits, auth and CSRF); the document passes the
 * same token cap and depth/alias/field rule. Subscriptions only read, so they need no key.
 */
export function createLiveUpdatesHandler(options: {
  typeDefs: string;
  config: ApiConfig;
  watcher: ArticleWriteWatcher;
}) {
  const { config, watcher } = options;
  const schema = buildSchema(options.typeDefs);
  const rules = [...specifiedRules, operationLimitsRule(config)];
  const handler = createHandler<IncomingMessage, { res: ServerResponse }>({
    schema,
    // graphql's CommonJS and ES builds can both be loaded (see CONTEXT, Realms): graphql-sse must validate and run
    // with the same build that made the schema, or graphql's instanceof checks refuse it.
    validate: (schema_, document) => validate(schema_, document, rules),
    execute: (args) => execute(args),
    subscribe: (args) => subscribe(args),
    // No reservations: every subscription is its own event stream (simple and HTTP/1-safe for a handful of tabs).
    authenticate: () => null,
    // The limits apply here as on POST /graphql: graphql-sse's own parse has no token cap.
    onSubscribe: (_req, params) => {
      let document: DocumentNode;
      try {
        document = parse(params.query, { maxTokens: config.maxTokens });
      } catch (error) {
        return [null, { status: 400, statusText: (error as Error).message.slice(0, 200) }];
      }
      const errors = validate(schema, document, rules);
      if (errors.length)
        return { errors: errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions })) };
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
        return {
          errors: [
            new GraphQLError(
              'Only subscriptions are served at /graphql/stream; send queries and mutations to /graphql.',
              { extensions: { code: 'BAD_REQUEST' } },
            ),
          ],
        };
      }
      return {
        schema,
        document,
        operationName: params.operationName,
        variableValues: params.variables,
        rootValue: { articlesWritten: () => articleWritesStream(watcher) },
      };
    },
  });

  return async function handleLiveUpdates(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // graphql-sse's own Node adapter reads the body without a limit; this one reads it through the API's cap.
    let body: string | undefined;
    if (req.method === 'POST') {
      try {
        const read = await readBody(req, config.maxBodyBytes);
        body = typeof read === 'string' ? read : JSON.stringify(read ?? '');
      } catch (error) {
        if (!(error instanceof BodyError)) throw error;
        res.writeHead(error.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(error.message);
        return;
      }
    }
    const [payload, init] = await handler({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: {
        get: (key: string) => {
          const h = req.headers[key];
          return Array.isArray(h) ? h.join('\n') : h;
        },
      },
      body: body ?? null,
      raw: req,
      context: { res },
    });
    res.writeHead(init.status, init.statusText, init.headers as Record<string, string>);
    if (!payload || typeof payload === 'string') {
      res.end(payload);
      return;
    }
    res.once('close', () => void payload.return(undefined));
    for await (const chunk of payload) {
      if (!res.writable) break;
      res.write(chunk);
    }
    res.end();
  };
}
