// The client side of `pnpm bench:load`, run as its own process so the server's RSS is the server's alone.
// N clients, each a loop of one request at a time (mixed search / network / statements / path) until the
// deadline; every request has its own timeout and the total count is capped, so the load is bounded in both.
// Prints one JSON line with the per-request results summarised.

interface Plan {
  url: string;
  clients: number;
  durationMs: number;
  maxRequests: number;
  requestTimeoutMs: number;
  /** Requests of each scenario sent one at a time before the clock starts (not counted). */
  warmupPerScenario: number;
  ids: string[];
  names: string[];
}

const plan = JSON.parse(process.argv[2]!) as Plan;
let n = 0;
const pick = <T>(list: T[]): T => list[(n * 7919 + list.length) % list.length]!;
const monthWindow = (i: number) => ({
  from: `2025-${String(1 + (i % 11)).padStart(2, '0')}-01`,
  to: `2025-${String(2 + (i % 11)).padStart(2, '0')}-01`,
});

const SCENARIOS: { name: string; body: () => object }[] = [
  {
    name: 'search',
    body: () => ({
      query: 'query($q: String!) { searchEntities(query: $q, first: 10) { score entity { id name kind } } }',
      variables: { q: pick(plan.names).split(' ').slice(0, 2).join(' ') },
    }),
  },
  {
    name: 'network',
    body: () => ({
      query:
        'query($id: ID!, $w: TimeWindow) { network(input: { centerIds: [$id], hops: 2, window: $w, limit: 500 }) { truncated nodes { id name kind } edges { id kind source target weight } } }',
      variables: { id: pick(plan.ids), w: monthWindow(n) },
    }),
  },
  {
    name: 'statements',
    body: () => ({
      query:
        'query($id: ID!) { statements(filter: { speakerIds: [$id] }, first: 50) { totalCount edges { node { id text date kind evidence { sentence article { title } } } } } }',
      variables: { id: pick(plan.ids) },
    }),
  },
  {
    name: 'path',
    body: () => ({
      query:
        'query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 4, edgeKinds: [EVENT, STATEMENT]) { length nodes { id } } }',
      variables: { a: pick(plan.ids), b: pick(plan.ids) },
    }),
  },
];

// Warm-up, one request at a time: right after the benchmark opens its Neo4j, the page cache is empty and no query is
// planned yet. A 2-hop network around a centre not yet read can take over 15 s alone (one did in every warm-up), and
// with 8 warm-up requests per scenario every timed run had 4–6 s in its first 10 s in which nothing completed and 0–6
// networks crossed the deadline. The default, 50 per scenario, reads each of the 50 network centres the clients use
// once (the scenario order and `pick` give the warm-up the same centres as the timed phase). What is measured is the
// server under steady load; a cold start is slower, and its first requests show it (printed as warm-up errors).
const warmStarted = Date.now();
const warmupErrors: string[] = [];
for (let i = 0; i < plan.warmupPerScenario * SCENARIOS.length; i++) {
  const scenario = SCENARIOS[i % SCENARIOS.length]!;
  n += 1;
  const res = await fetch(plan.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(scenario.body()),
  });
  if (res.status !== 200) warmupErrors.push(`${scenario.name}: ${res.status}`);
  await res.arrayBuffer();
}
// The server starts its memory samples at this line.
process.stdout.write(`${JSON.stringify({ warmupMs: Date.now() - warmStarted, warmupErrors })}\n`);

const latencies: Record<string, number[]> = Object.fromEntries(SCENARIOS.map((s) => [s.name, []]));
const errors: string[] = [];
const deadline = Date.now() + plan.durationMs;
/** Completed requests per second since the start (the server samples its RSS on the same clock). */
// Sparse: a second in which nothing finished is a hole, read as 0 below.
const perSecond: (number | undefined)[] = [];
const started = Date.now();

async function client(): Promise<void> {
  while (Date.now() < deadline && n < plan.maxRequests) {
    const scenario = SCENARIOS[n % SCENARIOS.length]!;
    n += 1;
    const t0 = performance.now();
    try {
      const res = await fetch(plan.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(scenario.body()),
        signal: AbortSignal.timeout(plan.requestTimeoutMs),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (res.status !== 200 || body.errors?.length)
        errors.push(`${scenario.name}: ${res.status} ${body.errors?.[0]?.message ?? ''}`.slice(0, 200));
    } catch (error) {
      errors.push(`${scenario.name}: ${(error as Error).message}`.slice(0, 200));
    }
    latencies[scenario.name]!.push(performance.now() - t0);
    const second = Math.floor((Date.now() - started) / 1000);
    perSecond[second] = (perSecond[second] ?? 0) + 1;
  }
}

await Promise.all(Array.from({ length: plan.clients }, client));
const elapsedMs = Date.now() - started;
const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
const summary = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { count: sorted.length, p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99) };
};
const all = Object.values(latencies).flat();
process.stdout.write(
  `${JSON.stringify({
    elapsedMs,
    requests: all.length,
    all: summary(all),
    byScenario: Object.fromEntries(Object.entries(latencies).map(([k, v]) => [k, summary(v)])),
    errors: errors.length,
    firstErrors: [...new Set(errors)].slice(0, 5),
    perSecond: Array.from(perSecond, (x) => x ?? 0),
  })}\n`,
);
