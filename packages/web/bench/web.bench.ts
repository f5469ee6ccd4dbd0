/**
 * pnpm bench:web — the network drawing in headless Chromium on synthetic networks.
 * Builds bench/bench.html with Vite (the same NetworkView module the page uses), serves it on a free
 * loopback port, and for each network size and configuration prints: time to first render, time to
 * a settled fcose layout, and frames/s drawn while a 30-day window sweeps across the year.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import type { FirstLoadInput, FirstLoadResult, ScenarioInput, ScenarioResult } from './benchPage.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const SWEEP_MS = Number(process.env.BENCH_WEB_SWEEP_MS ?? 8_000);
// BENCH_WEB_CONFIGS="canvas, levers;plain" runs only the configurations whose names start with these.
const ONLY = process.env.BENCH_WEB_CONFIGS?.split(';').map((s) => s.trim());
// BENCH_WEB_PROFILE=1 prints where the sweep's CPU time went (Chromium's sampling profiler, self time);
// BENCH_WEB_PROFILE=first profiles the first render only (the scenario stops there).
const PROFILE = Boolean(process.env.BENCH_WEB_PROFILE);
// BENCH_WEB_PROFILE=firstload profiles ours' first load without positions (the hand-over to Cytoscape included).
const PROFILE_FIRST_LOAD = process.env.BENCH_WEB_PROFILE === 'firstload';
const PROFILE_FIRST = process.env.BENCH_WEB_PROFILE === 'first';
/** The "first load without positions" rows' sizes (BENCH_WEB_FIRST_LOAD_SIZES, same format as BENCH_WEB_SIZES). */
const FIRST_LOAD_SIZES = parseSizes(
  process.env.BENCH_WEB_FIRST_LOAD_SIZES ?? '1000x4000,2000x8000,5000x20000,3200x68000',
);
/** A first load still running after this is stopped and printed as "> N s (stopped)" (plain's main-thread fcose). */
const FIRST_LOAD_CAP_MS = Number(process.env.BENCH_WEB_FIRST_LOAD_CAP_S ?? 180) * 1000;

function parseSizes(spec: string): Array<{ nodes: number; edges: number }> {
  return spec.split(',').map((s) => {
    const [nodes, edges] = s.split('x').map(Number);
    return { nodes: nodes!, edges: edges! };
  });
}

interface Row {
  network: string;
  config: string;
  result: ScenarioResult;
}

async function buildBenchPage(outDir: string): Promise<void> {
  await build({
    root: here,
    logLevel: 'warn',
    configFile: false,
    // Unminified when profiling, so the profile names functions.
    build: { outDir, emptyOutDir: true, minify: !PROFILE, rollupOptions: { input: join(here, 'bench.html') } },
  });
}

function serve(dir: string): Promise<{ server: Server; port: number }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(?:\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path === '/' ? 'bench.html' : path);
    stat(file).then(
      () => {
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    }),
  );
}

interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

function printProfile(config: string, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  process.stderr.write(`  profile ${config}: ${Math.round(total)} ms sampled\n`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    process.stderr.write(`    ${ms.toFixed(0).padStart(7)} ms  ${name}\n`);
  // Inclusive time (each function once per sample, however deep it recurses): which phase the time is spent under.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      seen.add(`${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`);
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  process.stderr.write(`  inclusive ${config}:\n`);
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40))
    process.stderr.write(`    ${ms.toFixed(0).padStart(7)} ms  ${name}\n`);
}

function fmt(ms: number | null): string {
  if (ms === null) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
}

async function main(): Promise<void> {
  const started = Date.now();
  // Timings on a shared machine are read against its load: printed with the table.
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  const outDir = await mkdtemp(join(tmpdir(), 'newsgraph-web-bench-'));
  await buildBenchPage(outDir);
  const { server, port } = await serve(outDir);
  let browser = await launchBrowser();
  const rows: Row[] = [];
  /** A null result: stopped at FIRST_LOAD_CAP_MS. */
  const firstLoads: Array<{ network: string; config: string; result: FirstLoadResult | null }> = [];
  try {
    // BENCH_WEB_SIZES="500x2000,1000x5000" overrides the sizes (quick checks).
    const sizes = parseSizes(process.env.BENCH_WEB_SIZES ?? '3200x68000,5000x20000');
    for (const size of sizes) {
      const network = `${size.nodes} / ${size.edges}`;
      let positions: Array<[string, number, number]> | undefined;
      const all: Array<{ config: string; input: Omit<ScenarioInput, 'nodes' | 'edges' | 'positions'> }> = [
        {
          config: 'canvas, levers (+fcose)',
          input: { webgl: false, mode: 'levers', layout: true, windowDays: 30, stepDays: 2, maxSweepMs: SWEEP_MS },
        },
        {
          config: 'canvas, levers, no overlay',
          input: {
            webgl: false,
            mode: 'levers',
            motionOverlay: false,
            layout: false,
            windowDays: 30,
            stepDays: 2,
            maxSweepMs: SWEEP_MS,
          },
        },
        {
          config: 'webgl, levers',
          input: { webgl: true, mode: 'levers', layout: false, windowDays: 30, stepDays: 2, maxSweepMs: SWEEP_MS },
        },
        {
          config: 'plain Cytoscape',
          input: { webgl: false, mode: 'plain', layout: false, windowDays: 30, stepDays: 2, maxSweepMs: SWEEP_MS },
        },
        {
          config: 'canvas, naive',
          input: { webgl: false, mode: 'naive', layout: false, windowDays: 30, stepDays: 2, maxSweepMs: SWEEP_MS },
        },
      ];
      const configs = all.filter((c) => !ONLY || ONLY.some((o) => c.config.startsWith(o)));
      for (const { config, input } of configs) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
        if (process.env.BENCH_WEB_DEBUG) page.on('console', (m) => console.error(`[page] ${m.text()}`));
        await page.goto(`http://127.0.0.1:${port}/bench.html`);
        await page.waitForFunction(() => document.title === 'bench ready');
        // A profile is of the sweep: no fcose run in it.
        const full: ScenarioInput = {
          ...size,
          ...input,
          ...(PROFILE ? { layout: false } : {}),
          ...(PROFILE_FIRST ? { firstRenderOnly: true } : {}),
          // BENCH_WEB_SHOT_OVERLAY=1: the screenshot is of the first frame itself (the overlay's on a large network).
          ...(PROFILE_FIRST && process.env.BENCH_WEB_SHOT_OVERLAY ? { firstFrameOnly: true } : {}),
          ...(positions ? { positions } : {}),
        };
        const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.start');
        }
        const result = await page.evaluate(
          (arg) =>
            (window as unknown as { runScenario: (i: ScenarioInput) => Promise<ScenarioResult> }).runScenario(arg),
          full,
        );
        if (cdp) printProfile(config, (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile);
        // BENCH_WEB_SHOT=dir with BENCH_WEB_PROFILE=first: the map as first rendered, one PNG per row.
        if (PROFILE_FIRST && process.env.BENCH_WEB_SHOT)
          await page.screenshot({
            path: join(
              process.env.BENCH_WEB_SHOT,
              `bench-first-${size.nodes}x${size.edges}-${config.replace(/\W+/g, '-')}${process.env.BENCH_WEB_SHOT_OVERLAY ? 'overlay' : ''}.png`,
            ),
          });
        positions ??= result.positions;
        rows.push({ network, config, result });
        process.stderr.write(`  ${network.padEnd(14)} ${config.padEnd(24)} ${result.fps.toFixed(1)} frames/s\n`);
        await page.close();
      }
    }
    // "First load without positions", over its own sizes: the page's first load (provisional placement drawn at once,
    // ForceAtlas2 in a worker) vs plain Cytoscape (fcose on the main thread, then its first frame), same data and
    // Chromium.
    for (const size of FIRST_LOAD_SIZES) {
      const network = `${size.nodes} / ${size.edges}`;
      for (const [config, mode] of [
        ['first load, ours', 'ours'],
        ['first load, plain Cytoscape', 'plain'],
      ] as const) {
        if (ONLY && !ONLY.some((o) => config.startsWith(o))) continue;
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
        await page.goto(`http://127.0.0.1:${port}/bench.html`);
        await page.waitForFunction(() => document.title === 'bench ready');
        const input: FirstLoadInput = {
          nodes: size.nodes,
          edges: size.edges,
          mode,
          ...(process.env.BENCH_WEB_SHOT ? { keep: true } : {}),
        };
        const cdp = PROFILE_FIRST_LOAD && mode === 'ours' ? await page.context().newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.start');
        }
        const run = page.evaluate(
          (arg) =>
            (window as unknown as { runFirstLoad: (i: FirstLoadInput) => Promise<FirstLoadResult> }).runFirstLoad(arg),
          input,
        );
        // Plain Cytoscape's fcose runs on the page's main thread and cannot be interrupted from inside: past the cap the
        // whole browser is closed (its renderer is busy) and a new one serves the next rows.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const capped = new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), FIRST_LOAD_CAP_MS);
        });
        const result = await Promise.race([run, capped]);
        clearTimeout(timer);
        if (result === null) {
          run.catch(() => undefined);
          firstLoads.push({ network, config, result: null });
          process.stderr.write(
            `  ${network.padEnd(14)} ${config.padEnd(28)} stopped after ${fmt(FIRST_LOAD_CAP_MS)}\n`,
          );
          await browser.close().catch(() => undefined);
          browser = await launchBrowser();
          continue;
        }
        if (cdp) printProfile(config, (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile);
        if (process.env.BENCH_WEB_SHOT && mode === 'ours')
          await page.screenshot({
            path: join(process.env.BENCH_WEB_SHOT, `bench-first-load-${size.nodes}x${size.edges}.png`),
          });
        firstLoads.push({ network, config, result });
        process.stderr.write(`  ${network.padEnd(14)} ${config.padEnd(28)} arranged in ${fmt(result.arrangedMs)}\n`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
    await rm(outDir, { recursive: true, force: true });
  }

  const header = [
    'network (nodes / edges)',
    'configuration',
    'drawn edges',
    'first render',
    "Cytoscape's first frame",
    'fcose (draft) settled',
    'sweep frames/s',
    'p95 frame',
    'visible edges (mean)',
    'toggled / step',
    'overlay settles',
    'days swept',
  ];
  const table = rows.map(({ network, config, result: r }) => [
    network,
    config,
    String(r.drawnEdges),
    fmt(r.firstRenderMs),
    fmt(r.cytoscapeFirstMs),
    fmt(r.layoutMs),
    r.fps.toFixed(1),
    fmt(r.p95FrameMs),
    String(Math.round(r.meanVisibleEdges)),
    String(Math.round(r.meanToggledPerStep)),
    String(r.settles),
    `${r.daysCovered} / 335`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    '\nnewsgraph web bench — headless Chromium (software rendering), 1280×800 viewport, 30-day window, 2 days per frame',
  );
  console.log(
    'levers: parallel edges aggregated per pair, haystack edges, no arrows/edge labels, only edges entering/leaving the window toggled (one class change per group), positions fixed, edges held back while panning, the moving window and the first frame of a large network drawn on a canvas overlay with Cytoscape batched until it rests or has built ("no overlay" without that)',
  );
  console.log(
    'plain Cytoscape: its defaults, one element per edge, every edge re-classed per step, all nodes shown — the ratio baseline on a loaded machine',
  );
  console.log('naive: one bezier edge per pair and kind with arrows, every edge re-filtered each step\n');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  if (firstLoads.length) {
    const head = [
      'network (nodes / edges)',
      'first load without positions',
      'drawn edges',
      'first drawn frame',
      'arranged',
      "Cytoscape's frame",
      'longest main-thread task while arranging',
      "… up to Cytoscape's frame",
      'frames/s while arranging',
    ];
    const stopped = `> ${FIRST_LOAD_CAP_MS / 1000} s (stopped)`;
    const body = firstLoads.map(({ network, config, result: r }) =>
      r === null
        ? [network, config, '—', stopped, stopped, stopped, stopped, stopped, '0']
        : [
            network,
            config,
            String(r.drawnEdges),
            fmt(r.firstDrawnMs),
            fmt(r.arrangedMs),
            fmt(r.cytoscapeMs),
            fmt(r.longestTaskMs),
            fmt(r.longestTaskToCytoscapeMs),
            r.arrangingFps.toFixed(1),
          ],
    );
    const w = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
    const ln = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
    console.log(
      "\nfirst load without positions — ours: provisional placement drawn by the overlay at once, ForceAtlas2 (Barnes–Hut, from that placement: forceAtlasLayout) in a Web Worker, positions applied in one step, Cytoscape's style resolved behind the overlay before it takes over; plain: fcose's default run on the main thread over every element, then Cytoscape's first frame",
    );
    console.log(ln(head));
    console.log(ln(w.map((n) => '-'.repeat(n))));
    for (const row of body) console.log(ln(row));
  }
  const load = (): string =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');
  console.log(`\nload average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${load()}`);
  console.log(
    `total ${((Date.now() - started) / 1000).toFixed(0)} s; sweeps are capped at ${SWEEP_MS / 1000} s (BENCH_WEB_SWEEP_MS), so "days swept" shows how far a slow configuration got.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
