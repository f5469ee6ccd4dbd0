// `pnpm start` (what `./newsgraph start` runs): the database and its schema, the seed corpus on first run,
// the web page (built once if missing), then GraphQL and the page on one HTTP port.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlreadyRunningError,
  DataFolderInUseError,
  describeGraphTarget,
  graphIdentity,
  onShutdown,
  openConfiguredGraph,
  StoreLockedError,
  treatSignalsAsNormalStop,
  type OpenGraph,
} from '@newsgraph/graph';
import {
  FeedConfigError,
  feedPollOptions,
  ingestSeedIfEmpty,
  loadFeedConfig,
  type FeedConfig,
  reextractOutdated,
  removeLocalApiKeyFile,
  startFeedScheduler,
  writeLocalApiKeyFile,
} from '@newsgraph/ingest';
import { webDistIsStale } from '@newsgraph/web/build-state';
import { ApiConfigError, loadApiConfig } from '../config.ts';
import { PortInUseError, startApiServer, type ApiServer } from '../http/createApiServer.ts';
import { isKeylessLoopback } from '../http/localRequestGuard.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const log = (line: string) => console.log(line);

let config;
try {
  config = loadApiConfig();
} catch (error) {
  if (error instanceof ApiConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
let feeds: FeedConfig;
try {
  feeds = loadFeedConfig();
} catch (error) {
  if (error instanceof FeedConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

// SIGINT/SIGTERM/SIGHUP run the shutdown steps newest first — HTTP server, graph driver, Neo4j, this line — and a
// requested stop of the server exits 0 (see packages/neo4j-local/src/runtime/shutdown.ts for the signal chain).
treatSignalsAsNormalStop();
onShutdown(() => console.log('newsgraph stopped.'));
let opened: OpenGraph;
try {
  // The data folder's owner: starts the embedded Neo4j and publishes it (runtime.json) for ingest, curate, reextract.
  // Short driver timeouts: when Neo4j is gone a request fails within ~2 s with DATABASE_UNAVAILABLE instead of
  // the driver's 30 s of retries (the server also fails fast while /readyz says the database is down).
  opened = await openConfiguredGraph({
    log,
    command: 'newsgraph start',
    shared: true,
    driver: { maxTransactionRetryTime: 2_000, connectionAcquisitionTimeout: 5_000, connectionTimeout: 3_000 },
  });
} catch (error) {
  if (
    error instanceof AlreadyRunningError ||
    error instanceof DataFolderInUseError ||
    error instanceof StoreLockedError
  ) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
let server: ApiServer | undefined;
onShutdown(() => server?.close().catch(() => {}));

console.log(opened.target.kind === 'uri' ? `Neo4j (NEO4J_URI) at ${opened.uri}` : describeGraphTarget(opened.target));
console.log(
  `Schema version ${opened.schema.version} (${opened.schema.applied.length ? `applied ${opened.schema.applied.join(', ')}` : 'already current'})`,
);

await ingestSeedIfEmpty(opened.graph, join(ROOT, 'seed'), log);

// Rebuild when dist is missing or older than the page's sources (e.g. after a pull), not only when missing.
if (webDistIsStale(config.webDist)) {
  console.log(`The web page in ${config.webDist} is missing or older than its sources: building it…`);
  const build = spawnSync('pnpm', ['--filter', '@newsgraph/web', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0)
    console.log('The web build failed; GraphQL still runs. Fix the build and run `pnpm build`, then reload the page.');
}

// A key made for this run only, for CLIs on this machine (`pnpm feeds`): published below in a mode-0600 file beside
// runtime.json (only this user can read it, as the Neo4j password file there), removed on stop. Never a
// configured key, so nothing about NEWSGRAPH_API_KEYS leaks into the data folder.
const runKey = randomBytes(32).toString('base64url');
try {
  server = await startApiServer({ graph: opened.graph, config, localServer: opened.localServer, runKeys: [runKey] });
} catch (error) {
  if (error instanceof PortInUseError) {
    console.error(error.message);
    await opened.close();
    process.exit(1);
  }
  throw error;
}
if (opened.target.kind === 'embedded' || opened.target.kind === 'uri') {
  // Written before runtime.json names the web address, so a CLI that sees the address finds the key; removed first
  // thing on stop (shutdown steps run newest first) and by the exit handler after a crash. On NEO4J_URI there is no
  // runtime file: the key file (with the graph it serves) is how a CLI given the same URI finds this server.
  const dataDir = opened.target.dataDir;
  try {
    mkdirSync(dataDir, { recursive: true });
    writeLocalApiKeyFile(dataDir, {
      pid: process.pid,
      httpUrl: server.url,
      key: runKey,
      graph: graphIdentity(opened.target),
    });
    onShutdown(() => removeLocalApiKeyFile(dataDir));
    process.on('exit', () => removeLocalApiKeyFile(dataDir));
  } catch (error) {
    // Not fatal: `pnpm feeds` then works in its own process and says why.
    console.error(`No key file for local CLIs: ${error instanceof Error ? error.message : String(error)}`);
  }
}
opened.publish({ httpUrl: server.url });
// The embedded Neo4j is restarted with back-off when it dies (neo4j-local); when every restart failed there is
// nothing left to serve: say why and exit non-zero so a supervisor (systemd, Docker) can act.
opened.localServer?.onLifecycle((event) => {
  if (event.kind !== 'gave-up') return;
  console.error(`newsgraph cannot continue: ${event.message}`);
  process.exit(1);
});
console.log(
  `newsgraph is running at ${server.url} (GraphQL at /graphql)${config.apiKeys.length ? '' : isKeylessLoopback(config) ? ' — the page uses a per-run local key for changes; scripts need NEWSGRAPH_API_KEYS' : ' — mutations disabled: set NEWSGRAPH_API_KEYS to enable them'}. Press Ctrl-C to stop.`,
);

// Articles stored by an older extractor are re-extracted while the page is already served, not before: a big graph
// would otherwise keep the user waiting minutes for a page, and each batch is rewritten in one transaction, so a
// reader sees every article with either its old facts or its new ones, never half of each.
reextractOutdated(opened.graph, log)
  .then((summary) => {
    if (summary)
      server.metrics.metrics.articlesWritten.inc(
        { source: 'reextract' },
        summary.articles.new + summary.articles.updated,
      );
  })
  .catch((error: unknown) =>
    console.error(`re-extraction stopped: ${error instanceof Error ? error.message : String(error)}`),
  );

// Feed subscriptions are polled by the server that owns the graph (README "Feeds"). The scheduler's timer is
// unref'd and its stop step, registered after the HTTP server's, runs before the driver closes: a poll under way
// finishes its write, fetches in flight are cancelled.
if (feeds.enabled) {
  const scheduler = startFeedScheduler(opened.graph, { ...feedPollOptions(feeds), log: (line) => console.error(line) });
  onShutdown(() => scheduler.stop());
  console.log(
    `Feeds: polled every ${feeds.intervalMs / 60_000} min (NEWSGRAPH_FEED_INTERVAL_MINUTES; NEWSGRAPH_FEEDS=off turns polling off).`,
  );
} else console.log('Feeds: polling is off (NEWSGRAPH_FEEDS=off).');
