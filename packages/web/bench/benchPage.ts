import cytoscape, { type Core } from 'cytoscape';
import { fcoseOptions } from '../src/network/fcoseOptions.ts';
import { NetworkView } from '../src/network/NetworkView.ts';
import type { Position } from '../src/network/networkTypes.ts';
import { syntheticNetwork } from './syntheticNetwork.ts';

/** One measured configuration; runs in the page, driven by web.bench.ts through playwright-core. */
export interface ScenarioInput {
  nodes: number;
  edges: number;
  webgl: boolean;
  /**
   * 'plain': Cytoscape with its defaults and a minimal style, one element per edge, every edge's class set on each
   * step — the baseline a first implementation would be, and the ratio to read the others against on a loaded
   * machine. 'naive': our view with bezier edges, no aggregation, every edge re-filtered per frame. 'levers': the
   * page's real set-up.
   */
  mode: 'plain' | 'naive' | 'levers';
  /** Levers mode: draw the moving window on the overlay canvas (the view's `motionOverlay`, on on the page). */
  motionOverlay?: boolean;
  /** Run fcose from random positions and time it; otherwise use the given positions. */
  layout: boolean;
  positions?: Array<[string, number, number]>;
  windowDays: number;
  stepDays: number;
  maxSweepMs: number;
  /** Stop after the first render (`BENCH_WEB_PROFILE=first` profiles only that). */
  firstRenderOnly?: boolean;
  /** With `firstRenderOnly`: return at the first frame, before Cytoscape has taken over (a screenshot of the overlay's). */
  firstFrameOnly?: boolean;
}

export interface ScenarioResult {
  drawnEdges: number;
  /** From the start of `setData` to the first frame on screen (the overlay's, on a large network). */
  firstRenderMs: number;
  /** To Cytoscape's own first frame (it takes over from the overlay there; the same as first render without it). */
  cytoscapeFirstMs: number;
  layoutMs: number | null;
  sweepFrames: number;
  sweepSteps: number;
  sweepMs: number;
  daysCovered: number;
  fps: number;
  p95FrameMs: number;
  meanVisibleEdges: number;
  meanToggledPerStep: number;
  /** Times the motion overlay handed the drawing back to Cytoscape inside the sweep (0: only after it ended). */
  settles: number;
  positions: Array<[string, number, number]>;
}

const START_DAY = 20089; // 2025-01-01

/** The result of a scenario stopped after its first render (`firstRenderOnly`). */
function firstRenderResult(drawnEdges: number, firstRenderMs: number, cytoscapeFirstMs: number): ScenarioResult {
  return {
    drawnEdges,
    firstRenderMs,
    cytoscapeFirstMs,
    layoutMs: null,
    sweepFrames: 0,
    sweepSteps: 0,
    sweepMs: 0,
    daysCovered: 0,
    fps: 0,
    p95FrameMs: 0,
    meanVisibleEdges: 0,
    meanToggledPerStep: 0,
    settles: 0,
    positions: [],
  };
}

/**
 * Frames drawn: Cytoscape's (its render loop counts them for both renderers; the WebGL path emits no 'render'
 * event, so the event cannot be used to compare the two) plus the motion overlay's.
 */
function drawCount(view: NetworkView): number {
  return view.framesDrawn;
}

/** Resolves at the first animation frame after Cytoscape has drawn once more. */
function nextRender(view: NetworkView): Promise<number> {
  const before = drawCount(view);
  return new Promise((resolve) => {
    const poll = (): void => {
      if (drawCount(view) > before) resolve(performance.now());
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

/** Plain Cytoscape: the same data and sweep, none of our levers. */
async function runPlain(input: ScenarioInput): Promise<ScenarioResult> {
  const data = syntheticNetwork({ nodes: input.nodes, edges: input.edges, startDay: START_DAY, days: 365, seed: 7 });
  const container = document.getElementById('cy')!;
  const positions = new Map<string, { x: number; y: number }>();
  for (const [id, x, y] of input.positions ?? []) positions.set(id, { x, y });
  const t0 = performance.now();
  const cy: Core = cytoscape({
    container,
    pixelRatio: 1,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': '#56B4E9',
          width: 12,
          height: 12,
          label: 'data(label)',
          color: '#dfe6f2',
          'font-size': 11,
        },
      },
      { selector: 'edge', style: { width: 1, 'line-color': '#8792A8', opacity: 0.4 } },
      { selector: '.off', style: { display: 'none' } },
    ],
    elements: [
      ...data.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, label: n.label },
        position: positions.get(n.id) ?? { x: Math.random() * 2000, y: Math.random() * 2000 },
      })),
      ...data.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  const redraws = (): number => (cy as unknown as { renderer(): { redrawCount?: number } }).renderer().redrawCount ?? 0;
  const rendered = (): Promise<number> => {
    const before = redraws();
    return new Promise((resolve) => {
      const poll = (): void => (redraws() > before ? resolve(performance.now()) : void requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
  };
  const first = rendered();
  cy.fit(undefined, 20);
  const firstRenderMs = (await first) - t0;
  if (input.firstRenderOnly) return firstRenderResult(data.edges.length, firstRenderMs, firstRenderMs);
  const edges = data.edges.map((e) => ({ ele: cy.getElementById(e.id), days: e.days }));
  let visible = 0;
  const apply = (from: number, to: number): void => {
    visible = 0;
    cy.batch(() => {
      for (const { ele, days } of edges) {
        const inside = days.some((d) => d >= from && d <= to);
        if (inside) visible++;
        ele.toggleClass('off', !inside);
      }
    });
  };
  apply(START_DAY, START_DAY + input.windowDays - 1);
  await rendered();
  const drawsBefore = redraws();
  const frameGaps: number[] = [];
  let visibleSum = 0;
  let steps = 0;
  let from = START_DAY;
  const last = START_DAY + 365 - input.windowDays;
  const s0 = performance.now();
  let prev = s0;
  await new Promise<void>((resolve) => {
    const frame = (now: number): void => {
      frameGaps.push(now - prev);
      prev = now;
      from += input.stepDays;
      apply(from, from + input.windowDays - 1);
      visibleSum += visible;
      steps++;
      if (from >= last || now - s0 > input.maxSweepMs) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await rendered();
  const sweepMs = performance.now() - s0;
  const draws = redraws() - drawsBefore;
  frameGaps.sort((a, b) => a - b);
  cy.destroy();
  return {
    drawnEdges: data.edges.length,
    firstRenderMs,
    cytoscapeFirstMs: firstRenderMs,
    layoutMs: null,
    sweepFrames: draws,
    sweepSteps: steps,
    sweepMs,
    daysCovered: from - START_DAY,
    fps: (draws / sweepMs) * 1000,
    p95FrameMs: frameGaps[Math.floor(frameGaps.length * 0.95)] ?? 0,
    meanVisibleEdges: visibleSum / Math.max(1, steps),
    meanToggledPerStep: data.edges.length,
    settles: 0,
    positions: input.positions ?? [],
  };
}

async function runScenario(input: ScenarioInput): Promise<ScenarioResult> {
  if (input.mode === 'plain') return runPlain(input);
  const data = syntheticNetwork({ nodes: input.nodes, edges: input.edges, startDay: START_DAY, days: 365, seed: 7 });
  const container = document.getElementById('cy')!;
  const positions = new Map<string, Position>();
  if (input.positions) for (const [id, x, y] of input.positions) positions.set(id, { x, y });
  else {
    // Random start for the layout run, as fcose with randomize would use.
    for (const n of data.nodes) positions.set(n.id, { x: Math.random() * 2000, y: Math.random() * 2000 });
  }
  const t0 = performance.now();
  const view = new NetworkView({
    container,
    webgl: input.webgl,
    level: input.mode === 'naive' ? 'detailed' : 'large',
    aggregate: input.mode === 'naive' ? 'pair-kind' : 'pair',
    naiveWindow: input.mode === 'naive',
    motionOverlay: input.motionOverlay ?? true,
  });
  const rendered = nextRender(view);
  view.setData(data, positions);
  view.fitVisible(4, 20);
  const firstRenderMs = (await rendered) - t0;
  if (input.firstRenderOnly && input.firstFrameOnly) return firstRenderResult(view.drawnEdges.length, firstRenderMs, 0);
  // Cytoscape's own first frame: where it takes over from the overlay (nodes can be clicked from then on).
  await new Promise<void>((resolve) => {
    const poll = (): void =>
      view.cytoscapeFrames > 0 && !view.inMotion ? resolve() : void requestAnimationFrame(poll);
    poll();
  });
  const cytoscapeFirstMs = performance.now() - t0;
  console.log(
    `first render ${Math.round(firstRenderMs)} ms, Cytoscape's ${Math.round(cytoscapeFirstMs)} ms, ${view.drawnEdges.length} drawn edges`,
  );
  // Left on the page (closed next) so the bench can take a screenshot of the first render.
  if (input.firstRenderOnly) return firstRenderResult(view.drawnEdges.length, firstRenderMs, cytoscapeFirstMs);

  let layoutMs: number | null = null;
  if (input.layout) {
    const l0 = performance.now();
    // fcose's spectral pass ('draft'): its force refinement is quadratic-ish and takes minutes at 68 000 edges
    // on two cores; the page itself runs 'default' quality on the ≤ 1 500 edges it draws in detail.
    const settled = view.layout({ quality: 'draft' });
    await settled;
    view.cy.fit(undefined, 20);
    layoutMs = (await nextRender(view)) - l0;
    console.log(`layout ${Math.round(layoutMs)} ms`);
  }

  // Sweep a window across the year, one step per animation frame; count the frames Cytoscape drew.
  view.setWindow({ from: START_DAY, to: START_DAY + input.windowDays - 1 });
  await nextRender(view);
  const drawsBefore = drawCount(view);
  const settlesBefore = view.motionSettles;
  const frameGaps: number[] = [];
  let visibleSum = 0;
  let toggledSum = 0;
  let steps = 0;
  let from = START_DAY;
  const last = START_DAY + 365 - input.windowDays;
  const s0 = performance.now();
  let prev = s0;
  await new Promise<void>((resolve) => {
    const frame = (now: number): void => {
      frameGaps.push(now - prev);
      prev = now;
      from += input.stepDays;
      const { toggled } = view.setWindow({ from, to: from + input.windowDays - 1 });
      toggledSum += toggled;
      visibleSum += view.visibleEdgeCount();
      steps++;
      if (from >= last || now - s0 > input.maxSweepMs) resolve();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await nextRender(view);
  const sweepMs = performance.now() - s0;
  const draws = drawCount(view) - drawsBefore;
  frameGaps.sort((a, b) => a - b);
  const out: ScenarioResult = {
    drawnEdges: view.drawnEdges.length,
    firstRenderMs,
    cytoscapeFirstMs,
    layoutMs,
    sweepFrames: draws,
    sweepSteps: steps,
    sweepMs,
    daysCovered: from - START_DAY,
    fps: (draws / sweepMs) * 1000,
    p95FrameMs: frameGaps[Math.floor(frameGaps.length * 0.95)] ?? 0,
    meanVisibleEdges: visibleSum / Math.max(1, steps),
    meanToggledPerStep: toggledSum / Math.max(1, steps),
    settles: view.motionSettles - settlesBefore,
    positions: [...view.positions()].map(([id, p]) => [id, Math.round(p.x), Math.round(p.y)]),
  };
  view.destroy();
  return out;
}

(window as unknown as { runScenario: typeof runScenario }).runScenario = runScenario;

/** "First load without positions": the page's path (ours) or fcose on the main thread then render (plain). */
export interface FirstLoadInput {
  nodes: number;
  edges: number;
  mode: 'ours' | 'plain';
  /** Ours only: leave the arranged map on the page (the bench takes its screenshot, then closes the page). */
  keep?: boolean;
}

export interface FirstLoadResult {
  drawnEdges: number;
  /** From the data's arrival to the first frame on screen (ours: the provisional placement; plain: the arranged map). */
  firstDrawnMs: number;
  /** To the arranged positions on screen. */
  arrangedMs: number;
  /** To Cytoscape drawing the arranged map itself (ours hands over from the overlay there). */
  cytoscapeMs: number;
  /** The main thread's longest task between the data's arrival and the arranged frame (PerformanceObserver 'longtask'). */
  longestTaskMs: number;
  /** The same up to Cytoscape's own frame of the arranged map (ours: its style pass and first draw come after). */
  longestTaskToCytoscapeMs: number;
  /** Animation frames the main thread ran while arranging (after the first frame), per second: how free it stayed. */
  arrangingFps: number;
}

/** Long tasks as Chromium reports them, from `since` on. */
function watchLongTasks(): { longest(from: number, to: number): number; stop(): void } {
  const tasks: Array<{ start: number; duration: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    longest: (from, to) => {
      // Entries are delivered after their task: take them all, then keep those that began in the phase.
      for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
      return Math.max(0, ...tasks.filter((t) => t.start >= from - 1 && t.start <= to).map((t) => t.duration));
    },
    stop: () => observer.disconnect(),
  };
}

/** Counts animation frames until stopped. */
function frameCounter(): { count(): number; stop(): void } {
  let frames = 0;
  let handle = requestAnimationFrame(function tick() {
    frames++;
    handle = requestAnimationFrame(tick);
  });
  return { count: () => frames, stop: () => cancelAnimationFrame(handle) };
}

async function runFirstLoad(input: FirstLoadInput): Promise<FirstLoadResult> {
  const data = syntheticNetwork({ nodes: input.nodes, edges: input.edges, startDay: START_DAY, days: 365, seed: 7 });
  const container = document.getElementById('cy')!;
  const tasks = watchLongTasks();
  // One task boundary so the observer is live before the data arrives.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (input.mode === 'plain') {
    // Plain Cytoscape as a first implementation would load it: fcose (the page's options) on the main thread over every
    // element, then the first frame (fcose is registered with Cytoscape by NetworkView.ts, imported above).
    const t0 = performance.now();
    const cy = cytoscape({
      container,
      pixelRatio: 1,
      style: [
        { selector: 'node', style: { 'background-color': '#56B4E9', width: 12, height: 12 } },
        { selector: 'edge', style: { width: 1, 'line-color': '#8792A8', opacity: 0.4 } },
      ],
      elements: [
        ...data.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id }, position: { x: 0, y: 0 } })),
        ...data.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
      ],
    });
    const redraws = (): number =>
      (cy as unknown as { renderer(): { redrawCount?: number } }).renderer().redrawCount ?? 0;
    await new Promise<void>((resolve) => {
      cy.layout({
        ...fcoseOptions({ quality: 'default', randomize: true, idealEdgeLength: 40, numIter: 2500 }),
        animate: false,
        fit: true,
        stop: () => resolve(),
      } as unknown as cytoscape.LayoutOptions).run();
    });
    const before = redraws();
    const drawn = await new Promise<number>((resolve) => {
      const poll = (): void => (redraws() > before ? resolve(performance.now()) : void requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
    const ms = drawn - t0;
    const longestTaskMs = tasks.longest(t0, drawn);
    tasks.stop();
    cy.destroy();
    return {
      drawnEdges: data.edges.length,
      firstDrawnMs: ms,
      arrangedMs: ms,
      cytoscapeMs: ms,
      longestTaskMs,
      longestTaskToCytoscapeMs: longestTaskMs,
      arrangingFps: 0,
    };
  }
  // Ours, as NetworkCanvas loads a first network: setData without positions, arrange (ForceAtlas2 in a worker on a
  // large network), the provisional placement fitted and drawn at once.
  const view = new NetworkView({
    container,
    aggregate: 'pair-kind',
  });
  const t0 = performance.now();
  const rendered = nextRender(view);
  view.setData(data);
  const arranged = view.arrange();
  if (view.arranging) view.fitVisible();
  const firstDrawnMs = (await rendered) - t0;
  const frames = frameCounter();
  const f0 = performance.now();
  const ok = await arranged;
  if (!ok) throw new Error('first load: the arrangement was cancelled');
  view.fitVisible();
  const arrangedAt = performance.now();
  const arrangingFps = (frames.count() / Math.max(1, arrangedAt - f0)) * 1000;
  frames.stop();
  // The arranged frame is the overlay's, drawn in the same task as the positions went in (`applyArranged`); Cytoscape
  // restyles and draws behind it and takes over in its own frame (`cytoscapeMs`).
  const arrangedMs = arrangedAt - t0;
  await new Promise<void>((resolve) => {
    const poll = (): void => (!view.inMotion ? resolve() : void requestAnimationFrame(poll));
    poll();
  });
  const cytoscapeMs = performance.now() - t0;
  // Long-task entries arrive after their task: one more task boundary before reading them.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const longestTaskMs = tasks.longest(t0, arrangedAt);
  const longestTaskToCytoscapeMs = tasks.longest(t0, t0 + cytoscapeMs);
  tasks.stop();
  const out = {
    drawnEdges: view.drawnEdges.length,
    firstDrawnMs,
    arrangedMs,
    cytoscapeMs,
    longestTaskMs,
    longestTaskToCytoscapeMs,
    arrangingFps,
  };
  if (!input.keep) view.destroy();
  return out;
}

(window as unknown as { runFirstLoad: typeof runFirstLoad }).runFirstLoad = runFirstLoad;

/**
 * For `bench/labelShots.ts`: a synthetic network laid out and fitted, labelled by the view's level of detail or,
 * with `legacy`, as before it (every label at 11 model units when the drawing is 'detailed', none when 'large').
 */
async function renderForScreenshot(input: {
  nodes: number;
  edges: number;
  legacy: boolean;
  zoom?: number;
}): Promise<{ labels: number; level: string }> {
  const data = syntheticNetwork({ nodes: input.nodes, edges: input.edges, startDay: START_DAY, days: 365, seed: 11 });
  const view = new NetworkView({ container: document.getElementById('cy')! });
  const positions = new Map<string, Position>();
  for (const n of data.nodes) positions.set(n.id, { x: Math.random() * 2000, y: Math.random() * 2000 });
  view.setData(data, positions);
  await view.layout({ quality: 'default', numIter: 1000 });
  view.cy.fit(undefined, 20);
  if (input.zoom)
    view.cy.zoom({
      level: view.cy.zoom() * input.zoom,
      renderedPosition: { x: view.cy.width() / 2, y: view.cy.height() / 2 },
    });
  (window as unknown as { __view: NetworkView }).__view = view;
  if (input.legacy) {
    view.cy.nodes().removeClass('lbl lbl-bottom lbl-top lbl-right lbl-left');
    view.cy.off('viewport resize');
    if (view.detailLevel === 'detailed')
      view.cy
        .style()
        .selector('node')
        .style({
          label: 'data(label)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-outline-width': 2,
          'min-zoomed-font-size': 7,
        })
        .update();
    await nextRender(view);
    return {
      labels: view.detailLevel === 'detailed' ? view.cy.nodes().not('.off').length : 0,
      level: view.detailLevel,
    };
  }
  view.refreshLabels();
  await nextRender(view);
  return { labels: view.labels().size, level: view.detailLevel };
}

(window as unknown as { renderForScreenshot: typeof renderForScreenshot }).renderForScreenshot = renderForScreenshot;
document.title = 'bench ready';
