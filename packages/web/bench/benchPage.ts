import { NetworkView } from '../src/network/NetworkView.ts';
import type { Position } from '../src/network/networkTypes.ts';
import { syntheticNetwork } from './syntheticNetwork.ts';

/** One measured configuration; runs in the page, driven by web.bench.ts through playwright-core. */
export interface ScenarioInput {
  nodes: number;
  edges: number;
  webgl: boolean;
  /** 'naive': bezier edges, no aggregation, every edge re-filtered per frame. 'levers': the page's real set-up. */
  mode: 'naive' | 'levers';
  /** Run fcose from random positions and time it; otherwise use the given positions. */
  layout: boolean;
  positions?: Array<[string, number, number]>;
  windowDays: number;
  stepDays: number;
  maxSweepMs: number;
}

export interface ScenarioResult {
  drawnEdges: number;
  firstRenderMs: number;
  layoutMs: number | null;
  sweepFrames: number;
  sweepSteps: number;
  sweepMs: number;
  daysCovered: number;
  fps: number;
  p95FrameMs: number;
  meanVisibleEdges: number;
  meanToggledPerStep: number;
  positions: Array<[string, number, number]>;
}

const START_DAY = 20089; // 2025-01-01

/**
 * Frames Cytoscape has drawn. Its render loop counts them for both renderers; the WebGL path emits no
 * 'render' event, so the event cannot be used to compare the two.
 */
function drawCount(view: NetworkView): number {
  const renderer = (view.cy as unknown as { renderer(): { redrawCount?: number } }).renderer();
  return renderer.redrawCount ?? 0;
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

async function runScenario(input: ScenarioInput): Promise<ScenarioResult> {
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
  });
  const rendered = nextRender(view);
  view.setData(data, positions);
  view.cy.fit(undefined, 20);
  const firstRenderMs = (await rendered) - t0;
  console.log(`first render ${Math.round(firstRenderMs)} ms, ${view.drawnEdges.length} drawn edges`);

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
    layoutMs,
    sweepFrames: draws,
    sweepSteps: steps,
    sweepMs,
    daysCovered: from - START_DAY,
    fps: (draws / sweepMs) * 1000,
    p95FrameMs: frameGaps[Math.floor(frameGaps.length * 0.95)] ?? 0,
    meanVisibleEdges: visibleSum / Math.max(1, steps),
    meanToggledPerStep: toggledSum / Math.max(1, steps),
    positions: [...view.positions()].map(([id, p]) => [id, Math.round(p.x), Math.round(p.y)]),
  };
  view.destroy();
  return out;
}

(window as unknown as { runScenario: typeof runScenario }).runScenario = runScenario;
document.title = 'bench ready';
