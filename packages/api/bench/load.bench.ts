// `pnpm bench:load [--clients 64] [--duration 60] [--entities 5000] [--warmup 50] [--allow-wipe]` — issue 12 §5: our API under
// 64 concurrent clients (mixed search / 2-hop network / statement history / shortest path) for 60 s, on 127.0.0.1
// only. Loads a synthetic graph into a dedicated embedded Neo4j (.data/bench-load), serves it in this process and
// drives it from a child process (bench/loadClients.ts), so the RSS sampled here every second is the server's.
// Prints throughput, p50/p95/p99 per query and overall, errors (must be 0) and the server's RSS over the first
// and the last 10 s (must be flat). A benchmark, not a test: it asserts nothing, it exits 1 on errors.
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadApiConfig, startApiServer } from '@newsgraph/api';
import {
  DEFAULT_SYNTHETIC_SIZE,
  loadSyntheticGraph,
  openConfiguredGraph,
  syntheticName,
  syntheticSampleIds,
} from '@newsgraph/graph';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '64' },
    duration: { type: 'string', default: '60' },
    entities: { type: 'string', default: '5000' },
    warmup: { type: 'string', default: '50' },
    'allow-wipe': { type: 'boolean', default: false },
  },
});
const clients = Number(values.clients);
const durationMs = Number(values.duration) * 1000;
const entities = Number(values.entities);
if (!(clients >= 1 && durationMs >= 10_000 && entities >= 100 && Number(values.warmup) >= 0)) {
  console.error(
    'usage: pnpm bench:load [--clients N ≥ 1] [--duration S ≥ 10] [--entities N ≥ 100] [--warmup N ≥ 0 per scenario] [--allow-wipe]',
  );
  process.exit(2);
}
if (process.env.NEO4J_URI && !values['allow-wipe']) {
  console.error(
    'NEO4J_URI is set: the benchmark loads synthetic data into the database it uses. Pass --allow-wipe to confirm, or unset NEO4J_URI.',
  );
  process.exit(2);
}
// Same proportions as bench:api's graph, scaled to the entity count.
const scale = entities / DEFAULT_SYNTHETIC_SIZE.entities;
const size = {
  entities,
  articles: Math.round(DEFAULT_SYNTHETIC_SIZE.articles * scale),
  mentionsPerArticle: DEFAULT_SYNTHETIC_SIZE.mentionsPerArticle,
  events: Math.round(DEFAULT_SYNTHETIC_SIZE.events * scale),
  statements: Math.round(DEFAULT_SYNTHETIC_SIZE.statements * scale),
};

const log = (l: string) => console.log(`  ${l}`);
console.log(`newsgraph load benchmark: ${clients} clients, ${durationMs / 1000} s`);
const opened = await openConfiguredGraph({ dataName: 'bench-load', log });
let exitCode = 0;
try {
  const info = await loadSyntheticGraph(opened.graph, size, log);
  console.log(
    `graph: ${info.nodes.toLocaleString()} nodes, ${info.relationships.toLocaleString()} relationships — ${info.reused ? 'reused' : `loaded in ${(info.loadMs / 1000).toFixed(1)} s`}`,
  );
  // Loopback only; production limits and deadline as shipped (the point is the server as users get it).
  // NEWSGRAPH_MAX_CONCURRENT_REQUESTS / NEWSGRAPH_MAX_QUEUED_REQUESTS from the environment, to compare settings.
  const config = {
    ...loadApiConfig({
      NEWSGRAPH_MAX_CONCURRENT_REQUESTS: process.env.NEWSGRAPH_MAX_CONCURRENT_REQUESTS,
      NEWSGRAPH_MAX_QUEUED_REQUESTS: process.env.NEWSGRAPH_MAX_QUEUED_REQUESTS,
    }),
    port: 0,
    host: '127.0.0.1',
  };
  const server = await startApiServer({ graph: opened.graph, config, log: () => {} });
  let loadAtStart = 0;
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  const ids = syntheticSampleIds(size, 200);
  const names = ids.map((id) => syntheticName(Number(id.split('-').at(-1))));

  // RSS alone cannot tell a leak: V8 grows its heap under load and keeps the pages. What the server still holds is
  // the JS heap used right after a full collection, sampled every 2 s (a full GC of this heap takes a few ms).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const rss: number[] = [];
  const heldAfterGc: number[] = [];
  let tick = 0;
  let sampler: NodeJS.Timeout | undefined;
  const sample = () => {
    rss.push(process.memoryUsage().rss);
    if (tick++ % 2 === 1) {
      gc();
      heldAfterGc.push(process.memoryUsage().heapUsed);
    }
  };
  const plan = {
    url,
    clients,
    durationMs,
    maxRequests: 5_000_000,
    requestTimeoutMs: 30_000,
    warmupPerScenario: Number(values.warmup),
    ids,
    names,
  };
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL('./loadClients.ts', import.meta.url)), JSON.stringify(plan)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    // The child's first line ends its warm-up: the timed phase (and the memory samples) start now.
    if (!sampler && out.includes('\n')) {
      const warm = JSON.parse(out.split('\n')[0]!) as { warmupMs: number; warmupErrors: string[] };
      console.log(
        `warm-up: ${plan.warmupPerScenario} requests per scenario one at a time, ${(warm.warmupMs / 1000).toFixed(1)} s${warm.warmupErrors.length ? `, errors: ${warm.warmupErrors.join(', ')}` : ''}`,
      );
      loadAtStart = loadavg()[0]!;
      sampler = setInterval(sample, 1000);
    }
  });
  // Bounded in time whatever happens: the clients stop at the deadline; a stuck child is killed well after it.
  const killer = setTimeout(() => child.kill('SIGKILL'), durationMs + 120_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(killer);
  clearInterval(sampler);
  const admissionLines = (await server.metrics.scrape())
    .split('\n')
    .filter((l) => l.startsWith('newsgraph_admission_'));
  await server.close();
  if (code !== 0) throw new Error(`the load clients exited with ${code}`);

  const r = JSON.parse(out.trim().split('\n').at(-1)!) as {
    elapsedMs: number;
    requests: number;
    errors: number;
    firstErrors: string[];
    perSecond: number[];
    all: { p50: number; p95: number; p99: number };
    byScenario: Record<string, { count: number; p50: number; p95: number; p99: number }>;
  };
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const mb = (x: number) => `${(x / 1024 / 1024).toFixed(0)} MB`;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const first = rss.slice(0, 10);
  const last = rss.slice(-10);
  console.log(
    `throughput: ${(r.requests / (r.elapsedMs / 1000)).toFixed(1)} requests/s (${r.requests} in ${(r.elapsedMs / 1000).toFixed(1)} s)`,
  );
  console.log(`latency all: p50 ${ms(r.all.p50)}, p95 ${ms(r.all.p95)}, p99 ${ms(r.all.p99)}`);
  for (const [name, s] of Object.entries(r.byScenario))
    console.log(
      `  ${name.padEnd(11)} ${String(s.count).padStart(6)} requests  p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}`,
    );
  console.log(`errors: ${r.errors}${r.firstErrors.length ? ` (${r.firstErrors.join(' | ')})` : ''}`);
  console.log(
    `server RSS: first 10 s mean ${mb(mean(first))} (max ${mb(Math.max(...first))}), last 10 s mean ${mb(mean(last))} (max ${mb(Math.max(...last))}), change ${(((mean(last) - mean(first)) / mean(first)) * 100).toFixed(1)} %`,
  );
  const heldFirst = heldAfterGc.slice(0, 5);
  const heldLast = heldAfterGc.slice(-5);
  console.log(
    `server JS heap held after a full GC: first 10 s mean ${mb(mean(heldFirst))} (max ${mb(Math.max(...heldFirst))}), last 10 s mean ${mb(mean(heldLast))} (max ${mb(Math.max(...heldLast))}), change ${(((mean(heldLast) - mean(heldFirst)) / mean(heldFirst)) * 100).toFixed(1)} %; every 10 s: ${heldAfterGc
      .filter((_, i) => i % 5 === 4)
      .map(mb)
      .join(' ')}`,
  );
  const waited = admissionLines.find((l) => l.startsWith('newsgraph_admission_wait_seconds_sum'));
  const admitted = admissionLines.find((l) => l.startsWith('newsgraph_admission_wait_seconds_count'));
  const refusals = admissionLines.filter((l) => l.startsWith('newsgraph_admission_refused_total'));
  const value = (line: string | undefined) => Number(line?.split(' ').at(-1) ?? 0);
  console.log(
    `admission: ${config.maxConcurrentRequests} at once, queue bound ${config.maxQueuedRequests}; ${value(admitted)} admitted (warm-up included), mean wait ${((value(waited) / Math.max(1, value(admitted))) * 1000).toFixed(0)} ms; refused: ${refusals.map((l) => l.replace('newsgraph_admission_refused_total', '')).join(', ') || 'none'}`,
  );
  console.log(`load average (1 min) at the start ${loadAtStart.toFixed(1)}, at the end ${loadavg()[0]!.toFixed(1)}`);
  console.log(
    `requests per second, first 10 s: ${r.perSecond.slice(0, 10).join(' ')}; last 10 s: ${r.perSecond.slice(-10).join(' ')}`,
  );
  if (r.errors > 0) exitCode = 1;
} finally {
  await opened.close();
}
process.exit(exitCode);
