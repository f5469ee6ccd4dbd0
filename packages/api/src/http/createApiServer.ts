import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { terminateRequestTransactions, type GraphConnection } from '@newsgraph/graph';
import { settleFeedPollJobs } from '@newsgraph/ingest';
import { hasValidApiKey } from '../auth.ts';
import type { ApiConfig } from '../config.ts';
import { createRequestContext, requestTransactionsEnded, startRequestClock, type RequestContext } from '../context.ts';
import { timeoutError } from '../errors.ts';
import { createFormatError } from '../formatError.ts';
import { admitOperation, createAdmission, requestAdmission, type AdmittedContext } from '../limits/admissionPlugin.ts';
import { limitsPlugin } from '../limits/limitsPlugin.ts';
import { operationLimitsRule } from '../limits/operationLimitsRule.ts';
import { resolvers } from '../resolvers/index.ts';
import { typeDefs } from '../schema.ts';
import { DatabaseHealth } from '../ops/databaseHealth.ts';
import { databaseUnavailableError } from '../ops/databaseErrors.ts';
import { createLogger, type Logger } from '../ops/logger.ts';
import { countFeedPolls } from '../ops/ingestCounters.ts';
import { createMetrics, operationLabel, operationNameOf, type ServerMetrics } from '../ops/metrics.ts';
import { opsPlugin } from '../ops/opsPlugin.ts';
import { serveOpsRoute } from '../ops/opsRoutes.ts';
import { requestIdFrom } from '../ops/requestId.ts';
import { createArticleWriteWatcher } from '../live/articleWriteWatcher.ts';
import { createLiveUpdatesHandler, LIVE_UPDATES_PATH } from '../live/liveUpdatesHandler.ts';
import { createArticleUploadHandler, UPLOAD_PATH } from './articleUpload.ts';
import { createLocalSessionKey, createSessionHandler, SESSION_PATH } from './localSession.ts';
import { applyCors } from './cors.ts';
import { BodyError, readBody } from './readJsonBody.ts';
import { answerHasNoTimeout, raceDeadline } from './requestDeadline.ts';
import { createWebFiles } from './webFiles.ts';

export interface ApiServer {
  url: string;
  port: number;
  httpServer: Server;
  apollo: ApolloServer<RequestContext>;
  /** Open live-update streams (tests wait for theirs before writing). */
  liveSubscribers(): number;
  /** Neo4j reachability and schema state, as /readyz reports it. */
  health: DatabaseHealth;
  /** This server's Prometheus registry and counters (GET /metrics); the start command counts re-extractions there. */
  metrics: ServerMetrics;
  /** Stops accepting, drains in-flight requests (at most drainMs), then resolves. */
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** Apollo over the graph, with the product's limits, auth, error policy and the web page, on one HTTP port. */
export async function startApiServer(options: {
  graph: GraphConnection;
  config: ApiConfig;
  /** Each log line (JSON) goes here instead of stderr (tests). */
  log?: (line: string) => void;
  logger?: Logger;
  /** The embedded Neo4j's supervisor when this process started it: its exits turn the server not-ready at once. */
  localServer?: ConstructorParameters<typeof DatabaseHealth>[1]['localServer'];
  /** How long a shutdown waits for in-flight requests before closing their connections (default 10 s). */
  drainMs?: number;
  /**
   * Keys made by this process for this run only, accepted like configured keys: the start command's key for CLIs
   * on this machine (local-api-key.json, mode 0600), so `pnpm feeds` can ask this server to do the work.
   */
  runKeys?: readonly string[];
}): Promise<ApiServer> {
  const { graph, config } = options;
  const logger = options.logger ?? createLogger({ production: config.production, lines: options.log });
  const log = (line: string) => logger.error(line);
  // Each server has its own registry (two in one process do not clash), and counts feed polls while it runs.
  const serverMetrics = createMetrics();
  const { metrics } = serverMetrics;
  const stopCountingPolls = countFeedPolls(metrics);
  const health = new DatabaseHealth(graph, { log: logger, metrics, localServer: options.localServer });
  await health.start();
  const stopObserving = graph.observeTransactions((mode, seconds, failed) =>
    metrics.neo4jTransactionDuration.observe({ mode, outcome: failed ? 'error' : 'ok' }, seconds),
  );
  const httpServer = createServer();
  // Admission control (issue 12 §5): a few reads execute at once, the rest wait in arrival order (limits/admission*).
  const admission = createAdmission({
    concurrency: config.maxConcurrentRequests,
    maxQueued: config.maxQueuedRequests,
    registry: serverMetrics.registry,
  });
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    csrfPrevention: true,
    introspection: config.introspection,
    // "Did you mean …" names schema fields; hidden whenever introspection is.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    // The parser stops past maxTokens; the rule then bounds depth, aliases and fields in one linear pass.
    parseOptions: { maxTokens: config.maxTokens },
    validationRules: [operationLimitsRule(config)],
    formatError: createFormatError({ production: config.production, timeoutMs: config.queryTimeoutMs, log }),
    plugins: [
      limitsPlugin(config.maxCost, admitOperation(admission)),
      opsPlugin(health),
      // On stop: no new connections, in-flight requests finish, and past drainMs their connections are cut.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainMs ?? 10_000 }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const web = createWebFiles(config.webDist);
  // Live updates (issue 10): article writes by anyone, pushed over SSE; uploads from the page's Add articles panel.
  const watcher = createArticleWriteWatcher(graph, { pollMs: config.livePollMs, log });
  await watcher.start();
  const handleLiveUpdates = createLiveUpdatesHandler({ typeDefs, config, watcher });
  const handleUpload = createArticleUploadHandler({
    graph,
    config,
    metrics,
    afterWrite: () => void watcher.pollNow(),
  });
  // The default keyless loopback start makes one key for its own page (localSession.ts); mutations accept it.
  const sessionKey = createLocalSessionKey(config);
  const acceptedKeys = [...config.apiKeys, ...(sessionKey ? [sessionKey] : []), ...(options.runKeys ?? [])];
  const handleSession = createSessionHandler(sessionKey);

  async function handleGraphql(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
    seen: { operation: string },
  ) {
    const accept = req.headers.accept ?? '';
    if (req.method === 'GET' && !url.searchParams.has('query') && accept.includes('text/html'))
      return web.serveGraphiql(res);
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readBody(req, config.maxBodyBytes) : undefined;
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      res.statusCode = error.status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST', requestId } }] }));
      return;
    }
    seen.operation = operationLabel(operationNameOf(body, url.searchParams));
    // Fail fast while Neo4j is known to be gone: a clear 503 now instead of a request waiting on the driver.
    if (health.state === 'down') {
      const error = databaseUnavailableError();
      res.statusCode = 503;
      res.setHeader('Retry-After', '5');
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(
        JSON.stringify({
          errors: [{ message: error.message, extensions: { code: 'DATABASE_UNAVAILABLE', requestId } }],
        }),
      );
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const clock = startRequestClock(config, requestId);
    // The clock runs while the request waits for its turn: the wait counts toward its deadline. A client that goes
    // away while queued takes its place out of the queue (a finished reply also closes, but then it has settled).
    const place = requestAdmission(clock.signal, () => Date.now() >= clock.deadline);
    res.once('close', () => {
      if (!res.writableEnded) place.leave();
    });
    // The time limit is a limit: at the deadline the client gets TIMEOUT, further reads are refused and the
    // request's running Neo4j transactions are terminated on the server. An execution that finishes past the
    // deadline (the timer fired late) gets the same answer (raceDeadline), unless nothing in it was cut short.
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        const context: AdmittedContext = createRequestContext(
          graph,
          config,
          hasValidApiKey(req.headers.authorization, acceptedKeys),
          typeof (body as { operationName?: unknown } | null | undefined)?.operationName === 'string'
            ? (body as { operationName: string }).operationName
            : null,
          clock,
        );
        context.admission = place;
        return context;
      },
    });
    // The slot is held until the execution itself has settled, not merely until the reply: a timed-out request's
    // resolvers may still be winding down, and that work is what the bound is about.
    void execution.then(place.settle, place.settle);
    const result = await raceDeadline(execution, clock.deadline, Date.now, (r) => answerHasNoTimeout(r.body));
    if (result === 'expired') {
      const error = timeoutError(config.queryTimeoutMs);
      // The abort refuses every further transaction of the request and closes the sessions of its open ones
      // (packages/graph): one still waiting for a connection never sends BEGIN, a running one is RESET, so Neo4j
      // interrupts its query and rolls it back. TERMINATE by request id does the same from the server side.
      clock.controller.abort(error);
      execution.catch(() => undefined); // its late result or error has no one to go to
      void terminateRequestTransactions(graph, clock.requestId).catch((e: unknown) =>
        log(`could not terminate the transactions of a timed-out request: ${(e as Error).message}`),
      );
      // The reply waits (at most a second) until each of them has ended in Neo4j — not merely been marked
      // terminated, which SHOW TRANSACTIONS lists until the rollback — so once a client reads TIMEOUT they are gone.
      let waited: NodeJS.Timeout | undefined;
      const ended = await Promise.race([
        requestTransactionsEnded(clock).then(() => true),
        new Promise<false>((r) => (waited = setTimeout(() => r(false), 1_000))),
      ]).finally(() => clearTimeout(waited));
      if (!ended) log(`a timed-out request's transactions had not all ended 1 s after its limit (${clock.requestId})`);
      res.statusCode = 503;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(
        JSON.stringify({
          errors: [
            { message: error.message, extensions: { code: 'TIMEOUT', limitMs: config.queryTimeoutMs, requestId } },
          ],
        }),
      );
      return;
    }
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Before CORS: the session key is same-origin only, so no Access-Control-* header ever goes with it.
    if (url.pathname === SESSION_PATH) return handleSession(req, res);
    if (applyCors(req, res, config.corsOrigins)) return;
    const done = (error: unknown) => {
      logger.error({ requestId, method: req.method, path: url.pathname, err: error }, 'request failed');
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(
          JSON.stringify({
            errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }],
          }),
        );
      } else res.end();
    };
    if (url.pathname === '/graphql' || url.pathname === '/graphql/') {
      const started = performance.now();
      const seen = { operation: 'anonymous' };
      res.once('finish', () => {
        const seconds = (performance.now() - started) / 1000;
        metrics.requestDuration.observe({ operation: seen.operation, status: String(res.statusCode) }, seconds);
        logger.info(
          {
            requestId,
            method: req.method,
            operation: seen.operation,
            status: res.statusCode,
            ms: Math.round(seconds * 1000),
          },
          'graphql',
        );
      });
      handleGraphql(req, res, url, requestId, seen).catch(done);
      return;
    }
    if (url.pathname === '/healthz' || url.pathname === '/readyz' || url.pathname === '/metrics') {
      serveOpsRoute(req, res, url.pathname, config, health, serverMetrics).catch(done);
      return;
    }
    if (url.pathname === LIVE_UPDATES_PATH) return void handleLiveUpdates(req, res).catch(done);
    if (url.pathname === UPLOAD_PATH) return void handleUpload(req, res, url).catch(done);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end('Method not allowed');
      return;
    }
    try {
      web.serve(req, res);
    } catch (error) {
      done(error);
    }
  });

  const port = await new Promise<number>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      httpServer.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${config.port} on ${config.host} is already in use. Stop whatever uses it or start with PORT=<another port>.`,
            )
          : error,
      );
    };
    const onListening = () => {
      httpServer.off('error', onError);
      resolve((httpServer.address() as AddressInfo).port);
    };
    httpServer.once('error', onError);
    httpServer.once('listening', onListening);
    httpServer.listen(config.port, config.host);
  }).catch(async (error: unknown) => {
    watcher.close();
    await apollo.stop();
    health.stop();
    stopObserving();
    stopCountingPolls();
    throw error;
  });

  const host =
    config.host === '0.0.0.0' || config.host === '::' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    httpServer,
    apollo,
    liveSubscribers: () => watcher.listenerCount(),
    health,
    metrics: serverMetrics,
    async close() {
      // Readiness fails first (a load balancer stops routing here; GraphQL still answers during the drain), then
      // Apollo's drain plugin closes the HTTP server once in-flight requests finish. Driver and Neo4j close after.
      health.stop();
      // Open event streams end here (they never finish by themselves, so the drain would wait for them).
      watcher.close();
      await apollo.stop();
      // pollFeedNow's background polls write to this graph: cancel their fetches and wait for their writes, so
      // whoever closes the graph next does not race them (with NEWSGRAPH_FEEDS=off no scheduler's stop does it).
      await settleFeedPollJobs(graph);
      stopObserving();
      stopCountingPolls();
    },
  };
}
