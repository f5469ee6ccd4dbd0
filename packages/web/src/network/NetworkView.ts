import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { aggregateEdges, type DrawnEdge } from './aggregateEdges.ts';
import { diffById, type ElementData } from './diffElements.ts';
import {
  estimateLabelWidth,
  LABEL_FONT_PX,
  labelBudget,
  pickLabels,
  type LabelCandidate,
  type LabelSide,
} from './labelBudget.ts';
import type { NetNode, NetworkData, Position } from './networkTypes.ts';
import { LOOK, networkStyle, type DetailLevel } from './networkStyle.ts';
import { buildScene, MotionOverlay, type OverlayLabel, type OverlayScene } from './motionOverlay.ts';
import { EDGE_STYLE, ENTITY_STYLE } from './palette.ts';
import { placeNearNeighbours } from './placeNearNeighbours.ts';
import { provisionalPlacement } from './provisionalPlacement.ts';
import { withIterationCap } from './coseIterationCap.ts';
import { fcoseOptions, firstLoadSettings } from './fcoseOptions.ts';
import { forceAtlasLayout } from './forceAtlasLayout.ts';
import {
  layoutInWorker,
  LayoutCancelled,
  workersAvailable,
  type LayoutRequest,
  type WorkerLayoutRun,
} from './layoutInWorker.ts';
import { OverlayHitGrid } from './overlayHitGrid.ts';
import { TimeWindowIndex } from './timeWindowIndex.ts';

cytoscape.use(fcose);

export interface NetworkViewOptions {
  container: HTMLElement;
  /** Cytoscape's WebGL mode (3.31+): `renderer: {name: 'canvas', webgl: true}`. */
  webgl?: boolean;
  /** 'auto' switches to the cheap 'large' style past `largeThreshold` drawn edges. */
  level?: DetailLevel | 'auto';
  largeThreshold?: number;
  /** 'pair' draws one line per pair of entities; 'pair-kind' one per pair and edge kind. */
  aggregate?: 'pair' | 'pair-kind';
  /** Bench only: re-filter every edge on each window move instead of toggling the ones that flipped. */
  naiveWindow?: boolean;
  /**
   * While the window moves frame after frame on a 'large' network, draw the in-window nodes and edges on a plain
   * canvas over Cytoscape's and apply the classes to Cytoscape once, when the window rests (`motionOverlay.ts`).
   * On by default (canvas renderer only).
   */
  motionOverlay?: boolean;
}

export interface LayoutOptions {
  /** Keep the nodes that already have positions where they are and only settle the new ones. */
  keepPlaced?: boolean;
  animate?: boolean;
  /** fcose quality: 'draft' is the spectral pass only. */
  quality?: 'draft' | 'default' | 'proof';
  numIter?: number;
  /** At most this many CoSE iterations (`coseIterationCap.ts`). */
  maxIterations?: number;
}

export interface SetDataResult {
  /** Node ids added / removed. */
  added: string[];
  removed: string[];
  /** Elements (nodes and edges) added, removed, changed in place and left alone by the diff. */
  elements: { added: number; removed: number; updated: number; unchanged: number };
}

/** What the page emphasises; the view owns how it is drawn. */
export interface Emphasis {
  selected: readonly string[];
  /** A selected connection, as its two entity ids (every drawn edge between them is emphasised). */
  edge: readonly [string, string] | null;
  /** The shown path, as entity ids in order. */
  path: readonly string[];
}

/** The elements each emphasis class goes on, by id (nodes and edges). */
interface EmphasisIds {
  selected: Set<string>;
  path: Set<string>;
  faded: Set<string>;
}

const LABEL_CLASSES = 'lbl lbl-bottom lbl-top lbl-right lbl-left';
/** Labels longer than this are cut with an ellipsis (the full name is in the tooltip and the panel). */
const LABEL_MAX_CHARS = 28;
/** While the window is being scrubbed, labels are re-chosen at most this often. */
const LABEL_MIN_INTERVAL_MS = 120;
/** Text outline width of a label, on screen (px); Cytoscape's label bounds count it whole on every side. */
const LABEL_OUTLINE_PX = 2;
/** Between a node's edge and its label's text, on screen (px): `labelBox`'s default gap. */
const LABEL_GAP_PX = 3;
/**
 * Cytoscape grows every label's bounding box by 2 model units on each side ("browser dimension inaccuracies"),
 * i.e. 2 × zoom px on screen: reserved too, so labels never overlap even by Cytoscape's own bounds.
 */
const LABEL_BOUNDS_SLACK = 2;

/** `cy.collection` takes an array of elements (documented); its typings only list collections. */
const asCollection = (eles: readonly cytoscape.SingularElementArgument[]): cytoscape.CollectionArgument =>
  eles as unknown as cytoscape.CollectionArgument;

/**
 * A `setData` adding at least this many elements to a 'large' network has its first frame drawn by the overlay:
 * Cytoscape's first frame of such a network costs seconds (every element's style resolved, its bounds computed, then
 * drawn — `BENCH_WEB_PROFILE=first pnpm bench:web`), the overlay's a few hundred ms. Cytoscape builds and draws behind
 * it on the next frames and takes over in the frame it has drawn.
 */
const OVERLAY_FIRST_FRAME_MIN_ELEMENTS = 2000;

/**
 * Elements of a large arrival handed to Cytoscape per `cy.add`, and how long one frame may spend adding: the overlay
 * draws the first frame from the view's own data before Cytoscape has any of it (adding 46 000 elements at once took
 * ~4 s before that frame at 68 000 edges), then Cytoscape receives the rest slice by slice, one frame's budget at a time,
 * so the page keeps answering (the overlay follows pan and zoom) while it fills.
 */
const ADD_SLICE = 1500;
const ADD_FRAME_BUDGET_MS = 40;

/** A window change this soon after the previous one is scrubbing (or playback): the overlay keeps drawing. */
const SCRUB_QUIET_MS = 200;

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const shortLabel = (label: string): string =>
  label.length > LABEL_MAX_CHARS ? `${label.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…` : label;

/**
 * The network drawing, shared by the page and `pnpm bench:web`: Cytoscape plus the levers that keep
 * scrubbing smooth — parallel edges aggregated, edges toggled only when they enter or leave the time
 * window, positions never recomputed while scrubbing, edges hidden while panning, and a cheaper
 * style (haystack edges, no arrows, zoom-dependent labels) for large graphs.
 */
export class NetworkView {
  readonly cy: Core;
  private readonly options: Required<Omit<NetworkViewOptions, 'container' | 'webgl'>> & { webgl: boolean };
  private level: DetailLevel = 'detailed';
  private nodesById = new Map<string, NetNode>();
  private drawn: DrawnEdge[] = [];
  private edgeEles: EdgeSingular[] = [];
  private edgeShown = new Uint8Array(0);
  private edgeAllowed = new Uint8Array(0);
  private nodeShownEdges = new Map<string, number>();
  private index = new TimeWindowIndex([]);
  private windowRange: { from: number; to: number } | null = null;
  private edgeFilter: (edge: DrawnEdge) => boolean = () => true;
  private nodeFilter: (node: NetNode) => boolean = () => true;
  private pinned = new Set<string>();
  private shownEdgeCount = 0;
  /** The data of every element on the canvas, by id: what the next `setData` is diffed against. */
  private elementData = new Map<string, ElementData>();
  private edgesByPair = new Map<string, string[]>();
  private emphasis: Emphasis = { selected: [], edge: null, path: [] };
  private hovered: string | null = null;
  private searched: string | null = null;
  private labelled = new Map<string, LabelSide>();
  private labelFrame: number | null = null;
  private labelTimer: ReturnType<typeof setTimeout> | null = null;
  private lastLabelPass = 0;
  private lastWindowChange = -Infinity;
  private labelWidths = new Map<string, number>();
  private measure: CanvasRenderingContext2D | null | undefined;
  private scrubbing = false;
  private readonly overlay: MotionOverlay | null;
  /** The overlay is drawing: Cytoscape's classes lag the view's bookkeeping until `settleMotion`. */
  private overlayActive = false;
  private overlayScene: OverlayScene | null = null;
  private overlayNodeIds: string[] = [];
  private overlayNodeIndex = new Map<string, number>();
  private overlayNodeShown = new Uint8Array(0);
  private overlayLabels: OverlayLabel[] = [];
  private overlayFrame: number | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private settleFrame: number | null = null;
  private batchOpen = false;
  /** The overlay waits for Cytoscape's next drawn frame to disappear in (see `handBack`). */
  private handBackListener: (() => void) | null = null;
  /** Motions handed back to Cytoscape so far (the bench prints how many happened inside one sweep). */
  motionSettles = 0;
  /**
   * Elements of a large arrival not yet given to Cytoscape (nodes first), and the next one to add: the overlay draws
   * them meanwhile from `pendingPositions` and `elementData`. Null when Cytoscape holds everything.
   */
  private pending: { eles: ElementDefinition[]; next: number } | null = null;
  private pendingPositions = new Map<string, Position>();
  private pendingFrame: number | null = null;
  /**
   * A large arrival's elements whose style Cytoscape resolves ahead of the hand-back, a frame's budget at a time
   * (`warmStyleSlice`), and the next one; null when none is under way.
   */
  private warming: { eles: cytoscape.CollectionReturnValue; next: number } | null = null;
  private warmFrame: number | null = null;
  /**
   * A large first load's ForceAtlas2 running in a worker (`arrange`); cancelled by a newer `setData`, a layout or
   * `destroy`.
   */
  private arrangeRun: WorkerLayoutRun | null = null;
  /** Arrangements from the worker applied so far (tests: a cancelled run must never be applied). */
  arrangementsApplied = 0;
  /** Ids of the emphasised elements, derived from the page's emphasis and the data (`applyEmphasis`). */
  private emphasisIds: EmphasisIds = { selected: new Set(), path: new Set(), faded: new Set() };
  /** Which node is under the pointer while the overlay draws (Cytoscape does not answer then). */
  private readonly hitGrid = new OverlayHitGrid();
  private hitXs = new Float64Array(0);
  private hitYs = new Float64Array(0);
  private hitRs = new Float64Array(0);

  constructor(options: NetworkViewOptions) {
    this.options = {
      webgl: options.webgl ?? false,
      level: options.level ?? 'auto',
      largeThreshold: options.largeThreshold ?? 1500,
      aggregate: options.aggregate ?? 'pair-kind',
      naiveWindow: options.naiveWindow ?? false,
      motionOverlay: options.motionOverlay ?? true,
    };
    this.cy = cytoscape({
      container: options.container,
      style: networkStyle('detailed'),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      // Levers: no edge drawing while the viewport moves, a cached texture while panning/zooming.
      hideEdgesOnViewport: true,
      textureOnViewport: false,
      pixelRatio: 1,
      // Selection is the page's state (URL), drawn with the 'selected' class.
      autounselectify: true,
      boxSelectionEnabled: false,
      ...(this.options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    // Labels are re-chosen for what is on screen after every pan/zoom (coalesced to one pass per frame); the overlay,
    // when it draws, follows the viewport too.
    this.cy.on('viewport resize', () => {
      this.scheduleLabels();
      if (this.overlayActive) this.requestOverlayFrame();
    });
    this.overlay =
      this.options.motionOverlay && !this.options.webgl && !this.options.naiveWindow && typeof document !== 'undefined'
        ? new MotionOverlay(options.container)
        : null;
  }

  /** Frames drawn: Cytoscape's own plus the motion overlay's (the bench's frame counter). */
  get framesDrawn(): number {
    const renderer = (this.cy as unknown as { renderer(): { redrawCount?: number } }).renderer();
    return (renderer.redrawCount ?? 0) + (this.overlay?.frames ?? 0);
  }

  /**
   * The overlay is drawing (the time window moves, or Cytoscape is building a large network's first frame), or
   * Cytoscape has been handed the drawing back and has not drawn it yet. Tests wait for this to be false before
   * reading what Cytoscape draws.
   */
  get inMotion(): boolean {
    return this.overlayActive || this.handBackListener !== null;
  }

  /** Frames Cytoscape itself has drawn (the bench times Cytoscape's first frame apart from the overlay's). */
  get cytoscapeFrames(): number {
    return (this.cy as unknown as { renderer(): { redrawCount?: number } }).renderer().redrawCount ?? 0;
  }

  get detailLevel(): DetailLevel {
    return this.level;
  }

  get drawnEdges(): readonly DrawnEdge[] {
    return this.drawn;
  }

  drawnEdge(id: string): DrawnEdge | undefined {
    return this.drawn.find((e) => e.id === id);
  }

  /** Ids of the nodes the view holds (also those Cytoscape has not received yet). */
  nodeIds(): string[] {
    return [...this.nodesById.keys()];
  }

  node(id: string): NetNode | undefined {
    return this.nodesById.get(id);
  }

  /**
   * Replace the data while keeping every node that stays where it is; new nodes start near their
   * already-placed neighbours (or at `positions` when given).
   */
  setData(data: NetworkData, positions?: ReadonlyMap<string, Position>): SetDataResult {
    // A first load still being arranged off the main thread is for data that is no longer shown: its positions never
    // come in (the caller arranges the new data).
    this.cancelArrange();
    // The previous arrival's elements go in first: the diff below is against what Cytoscape holds.
    this.flushPendingAdds();
    this.settleMotion();
    const cy = this.cy;
    const nextNodes = new Map(data.nodes.map((n) => [n.id, n]));
    const edges = data.edges.filter((e) => nextNodes.has(e.source) && nextNodes.has(e.target));
    const drawn = aggregateEdges(edges, this.options.aggregate);
    const level: DetailLevel =
      this.options.level === 'auto'
        ? drawn.length > this.options.largeThreshold
          ? 'large'
          : 'detailed'
        : this.options.level;

    const placed = new Map<string, Position>();
    cy.nodes().forEach((n) => {
      if (nextNodes.has(n.id())) placed.set(n.id(), { ...n.position() });
    });
    const added = data.nodes.filter((n) => !placed.has(n.id)).map((n) => n.id);
    const removed = cy
      .nodes()
      .filter((n) => !nextNodes.has(n.id()))
      .map((n) => n.id());
    const adjacency = new Map<string, string[]>();
    for (const e of drawn) {
      (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source)!).push(e.target);
      (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target)!).push(e.source);
    }
    const missing = added.filter((id) => !positions?.has(id));
    // Nothing placed yet (a first load): a cheap provisional placement, drawn at once while the layout runs (in a
    // worker on a large network); later arrivals start beside their placed neighbours.
    const near =
      placed.size === 0
        ? provisionalPlacement(missing, drawn, level === 'large' ? 40 : 90)
        : placeNearNeighbours(missing, (id) => adjacency.get(id) ?? [], placed);
    const maxActivity = Math.max(1, ...data.nodes.map((n) => n.activity));
    const maxWeight = Math.max(1, ...drawn.map((e) => e.weight));

    const next: ElementData[] = [];
    for (const n of data.nodes) {
      const style = ENTITY_STYLE[n.kind];
      next.push({
        id: n.id,
        label: shortLabel(n.label),
        kind: n.kind,
        color: style.color,
        shape: style.shape,
        size: 14 + 26 * Math.sqrt(n.activity / maxActivity),
      });
    }
    for (const e of drawn) {
      const style = EDGE_STYLE[e.kind];
      next.push({
        id: e.id,
        source: e.source,
        target: e.target,
        kind: e.kind,
        color: style.color,
        lineStyle: style.lineStyle,
        arrow: e.kind === 'EVENT' || e.kind === 'STATEMENT' ? 'triangle' : 'none',
        width: 1 + 6 * Math.sqrt(e.weight / maxWeight),
        weight: e.weight,
        // Only undated events/statements behind the line: its place in time is a publication date (drawn hollow).
        undated: e.members.every((m) => m.undated === true),
      });
    }
    // Only what changed is touched: kept elements keep their position, classes and cached style.
    const diff = diffById(this.elementData, next, ['source', 'target']);
    // A large arrival is drawn by the overlay first and reaches Cytoscape over the next frames (`addPendingSlice`).
    const deferAdds =
      this.overlay !== null && level === 'large' && diff.added.length >= OVERLAY_FIRST_FRAME_MIN_ELEMENTS;
    cy.batch(() => {
      if (diff.removed.length) {
        const gone = cy.collection();
        for (const id of diff.removed) gone.merge(cy.getElementById(id));
        gone.remove();
      }
      for (const d of diff.updated) cy.getElementById(d.id).data(d);
      if (diff.added.length) {
        // Nodes before edges: an edge needs its endpoints.
        const nodeAdds: ElementDefinition[] = diff.added
          .filter((d) => d.source === undefined)
          .map((d) => ({
            group: 'nodes',
            data: d,
            position: placed.get(d.id) ?? positions?.get(d.id) ?? near.get(d.id) ?? { x: 0, y: 0 },
          }));
        const edgeAdds: ElementDefinition[] = [];
        for (const d of diff.added) if (d.source !== undefined) edgeAdds.push({ group: 'edges', data: d });
        if (deferAdds) {
          this.pending = { eles: nodeAdds.concat(edgeAdds), next: 0 };
          for (const n of nodeAdds) this.pendingPositions.set(n.data.id!, n.position!);
        } else {
          cy.add(nodeAdds);
          cy.add(edgeAdds);
        }
      }
    });
    this.elementData = new Map(next.map((d) => [d.id, d]));
    this.edgesByPair = new Map();
    for (const e of drawn) {
      const key = pairKey(e.source, e.target);
      (this.edgesByPair.get(key) ?? this.edgesByPair.set(key, []).get(key)!).push(e.id);
    }
    if (level !== this.level) {
      this.level = level;
      cy.style(networkStyle(level));
    }
    this.nodesById = nextNodes;
    this.drawn = drawn;
    // Filled in when Cytoscape has every element (`finishPendingAdds`) for a deferred arrival.
    this.edgeEles = deferAdds ? [] : drawn.map((e) => cy.getElementById(e.id) as EdgeSingular);
    this.index = new TimeWindowIndex(drawn.map((e) => e.days));
    // The index starts with nothing in the window; align it with what is drawn (everything when no window).
    this.index.setWindow(
      this.windowRange?.from ?? Number.MIN_SAFE_INTEGER,
      this.windowRange?.to ?? Number.MAX_SAFE_INTEGER,
    );
    // refreshVisibility compares with edgeShown to count flips; kept edges may be off, so start from "unknown"
    // (every edge is given its class below, unchanged ones being no-ops for Cytoscape).
    this.edgeShown = new Uint8Array(drawn.length).fill(1);
    this.edgeAllowed = new Uint8Array(drawn.length);
    this.refreshVisibility();
    this.applyEmphasis();
    // A large network arriving in bulk (the first load, a big expansion): its first frame is the overlay's, drawn now;
    // Cytoscape resolves styles and draws behind it (the motion's batch stays open until the next frame) and takes
    // over in its own first frame. Nothing is left out: the overlay draws every shown node and edge.
    // Cytoscape's batch (opened by startOverlay) stays open while it receives the elements; the hand-back is armed by
    // the last slice. Interaction meanwhile: pan and zoom move the overlay (Cytoscape's viewport events redraw it);
    // nodes can be hovered and clicked from the hand-back on.
    if (deferAdds) {
      this.startOverlay();
      this.drawOverlay();
      this.pendingFrame = requestAnimationFrame(this.addPendingSlice);
    }
    return {
      added,
      removed,
      elements: {
        added: diff.added.length,
        removed: diff.removed.length,
        updated: diff.updated.length,
        unchanged: diff.unchanged,
      },
    };
  }

  /** Selected nodes / connection and the shown path: drawn with classes, kept across data changes. */
  setEmphasis(emphasis: Emphasis): void {
    this.emphasis = {
      selected: [...emphasis.selected],
      edge: emphasis.edge ? [emphasis.edge[0], emphasis.edge[1]] : null,
      path: [...emphasis.path],
    };
    this.applyEmphasis();
  }

  /** The node under the pointer: outlined and always labelled. */
  setHover(id: string | null): void {
    if (id === this.hovered) return;
    const cy = this.cy;
    if (this.hovered) cy.getElementById(this.hovered).removeClass('hover');
    this.hovered = id;
    if (id) cy.getElementById(id).addClass('hover');
    this.scheduleLabels();
  }

  /** The entity last picked in search: always labelled. */
  setSearched(id: string | null): void {
    this.searched = id;
    this.scheduleLabels();
  }

  /** Node ids whose label is drawn, with the side it is drawn on (tests and debugging). */
  labels(): ReadonlyMap<string, LabelSide> {
    return this.labelled;
  }

  /** A label pass is scheduled and has not run yet (tests wait for it to be false). */
  get labelsPending(): boolean {
    return this.labelFrame !== null || this.labelTimer !== null;
  }

  /** Re-choose the labels now (normally done on the next frame after a change). */
  refreshLabels(): void {
    this.cancelLabelPass();
    this.updateLabels();
  }

  /** Keep these nodes visible whatever the window and filters (the selection, the centre of an ego network). */
  setPinned(ids: Iterable<string>): void {
    this.pinned = new Set(ids);
    this.refreshVisibility();
    this.scheduleLabels();
  }

  setFilters(edgeFilter: (edge: DrawnEdge) => boolean, nodeFilter: (node: NetNode) => boolean): void {
    this.edgeFilter = edgeFilter;
    this.nodeFilter = nodeFilter;
    this.refreshVisibility();
    this.scheduleLabels();
  }

  /** The extent of all loaded evidence, in day numbers. */
  extent(): { from: number; to: number } | null {
    return this.index.extent();
  }

  /** Show only edges with evidence in [from, to] (inclusive day numbers); null shows everything. */
  setWindow(range: { from: number; to: number } | null): { toggled: number } {
    this.windowRange = range;
    if (range === null) {
      this.index.setWindow(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      this.scheduleLabels();
      return { toggled: this.refreshVisibility() };
    }
    const delta = this.index.setWindow(range.from, range.to);
    if (this.options.naiveWindow) return { toggled: this.refreshVisibility() };
    // On a large network every window change starts as a motion: the first step of a drag is drawn by the overlay
    // too (restyling tens of thousands of Cytoscape elements for it took seconds), and Cytoscape takes over once the
    // window rests — also after a single click on the time bar, SCRUB_QUIET_MS later.
    if (this.overlay && this.level === 'large') {
      this.lastWindowChange = performance.now();
      return { toggled: this.moveWindowInOverlay(delta) };
    }
    // Only the edges entering or leaving the window, and the nodes whose count of shown edges crosses zero,
    // change class — each group in one collection call (one restyle and one notification, not one per element).
    const show: EdgeSingular[] = [];
    const hide: EdgeSingular[] = [];
    const touched = new Set<string>();
    const toggled = this.applyWindowDelta(delta, touched, (i, shown) => (shown ? show : hide).push(this.edgeEles[i]!));
    const nodesOn: NodeSingular[] = [];
    const nodesOff: NodeSingular[] = [];
    for (const id of touched) {
      const node = this.cy.getElementById(id) as NodeSingular;
      const want = this.pinned.has(id) || (this.nodeShownEdges.get(id) ?? 0) > 0;
      if (want && (node.hasClass('off') || node.hasClass('ghost'))) nodesOn.push(node);
      else if (!want && !node.hasClass('off')) nodesOff.push(node);
    }
    this.cy.batch(() => {
      this.cy.collection(asCollection(hide)).merge(asCollection(nodesOff)).addClass('off');
      this.cy.collection(asCollection(show)).merge(asCollection(nodesOn)).removeClass('off ghost');
    });
    if (toggled) this.scheduleLabels();
    return { toggled };
  }

  /** Edges evidence count inside the current window (the whole count when no window is set). */
  weightInWindow(edgeId: string): number {
    const i = this.drawn.findIndex((e) => e.id === edgeId);
    if (i < 0) return 0;
    return this.windowRange ? this.index.countInWindow(i) : this.drawn[i]!.weight;
  }

  /**
   * What is drawn, from the view's own bookkeeping. Read this rather than Cytoscape's `ele.visible()`: that is
   * cached per element and an edge's cache is refreshed only when its endpoint nodes' styles are recomputed
   * (lazily, at the next drawn frame), so right after a window or filter change it can still report the old
   * visibility of an edge whose endpoint just appeared or disappeared.
   */
  isEdgeVisible(edgeId: string): boolean {
    const i = this.drawn.findIndex((e) => e.id === edgeId);
    return i >= 0 && this.edgeShown[i] === 1;
  }

  /** A node is drawn while it is pinned or has at least one drawn edge (see `isEdgeVisible` on why not `visible()`). */
  isNodeVisible(nodeId: string): boolean {
    return this.nodesById.has(nodeId) && (this.pinned.has(nodeId) || (this.nodeShownEdges.get(nodeId) ?? 0) > 0);
  }

  visibleEdgeCount(): number {
    return this.shownEdgeCount;
  }

  visibleNodeCount(): number {
    let count = 0;
    for (const id of this.nodesById.keys()) if (this.isNodeVisible(id)) count++;
    return count;
  }

  positions(): Map<string, Position> {
    this.flushPendingAdds();
    const out = new Map<string, Position>();
    this.cy.nodes().forEach((n) => {
      out.set(n.id(), { ...n.position() });
    });
    return out;
  }

  /**
   * fcose over everything loaded (hidden elements included, so later scrubbing never needs a layout).
   * With keepPlaced the existing nodes are fixed and only the newcomers settle around them.
   *
   * Hidden elements become ghosts for the run (in the layout, not drawn): an animated layout must not flash
   * edges the window or the filters exclude. When it stops, visibility is re-derived from the current window,
   * filters and pins rather than restored from a snapshot, so a change made while it ran is kept.
   */
  layout(opts: LayoutOptions = {}, keep: readonly string[] = []): Promise<void> {
    // A layout over everything here supersedes an arrangement still running off the main thread.
    this.cancelArrange();
    this.settleMotion();
    const cy = this.cy;
    cy.batch(() => cy.elements('.off').removeClass('off').addClass('ghost'));
    const fixed = opts.keepPlaced
      ? keep
          .filter((id) => cy.getElementById(id).nonempty())
          .map((id) => ({ nodeId: id, position: { ...cy.getElementById(id).position() } }))
      : [];
    const incremental = fixed.length > 0;
    return new Promise((resolve) => {
      const layout = cy.layout({
        ...fcoseOptions({
          quality: incremental ? 'proof' : (opts.quality ?? 'default'),
          randomize: !incremental,
          idealEdgeLength: this.idealEdgeLength(),
          numIter: opts.numIter ?? 2500,
        }),
        animate: opts.animate ?? false,
        animationDuration: 400,
        fit: !incremental,
        fixedNodeConstraint: incremental ? fixed : undefined,
        stop: () => {
          cy.batch(() => {
            cy.elements('.ghost').removeClass('ghost');
            this.refreshVisibility();
          });
          this.scheduleLabels();
          resolve();
        },
      } as unknown as cytoscape.LayoutOptions);
      withIterationCap(opts.maxIterations, () => layout.run());
    });
  }

  private idealEdgeLength(): number {
    return this.level === 'large' ? 40 : 130;
  }

  /**
   * A first load laid out. A large network (the overlay draws it) is arranged by ForceAtlas2 (`forceAtlasLayout.ts`)
   * in a Web Worker, from the provisional placement the page draws at once: the page stays responsive (pan, zoom,
   * hover, click) while it runs, and the positions come in one step when it answers (`applyArranged`); without workers
   * the same layout runs on the main thread. Elsewhere (not large, or no overlay) fcose runs on the main thread as
   * `layout({animate: false})`. Resolves true once arranged, false when a newer `setData`, a layout or `destroy`
   * cancelled the run (its positions are never applied).
   */
  async arrange(): Promise<boolean> {
    this.cancelArrange();
    if (!this.overlay || this.level !== 'large') {
      const settings = firstLoadSettings(this.nodesById.size, this.drawn.length, {
        quality: 'default',
        randomize: true,
        idealEdgeLength: this.idealEdgeLength(),
        numIter: 2500,
      });
      await this.layout({ animate: false, maxIterations: settings.maxIterations });
      return true;
    }
    const ids = [...this.nodesById.keys()];
    const request = this.forceAtlasRequest(ids);
    if (!workersAvailable()) {
      this.applyArranged(ids, forceAtlasLayout(request));
      return true;
    }
    const run = layoutInWorker(request);
    this.arrangeRun = run;
    try {
      const xy = await run.result;
      if (this.arrangeRun !== run || this.cy.destroyed()) return false;
      this.arrangeRun = null;
      this.applyArranged(ids, xy);
      return true;
    } catch (e) {
      if (e instanceof LayoutCancelled) return false;
      // The worker could not run (e.g. a browser without module workers): the main thread arranges instead.
      if (this.arrangeRun !== run) return false;
      this.arrangeRun = null;
      console.warn(e);
      // A fresh request: the first one's arrays were transferred to the worker.
      this.applyArranged(ids, forceAtlasLayout(this.forceAtlasRequest(ids)));
      return true;
    }
  }

  /** ForceAtlas2's input for the nodes `ids`: sizes, drawn edges as indices, and where each node stands now. */
  private forceAtlasRequest(ids: readonly string[]): LayoutRequest {
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    const start = new Float64Array(2 * ids.length);
    ids.forEach((id, i) => {
      const p = this.positionOf(id);
      start[2 * i] = p.x;
      start[2 * i + 1] = p.y;
    });
    return {
      sizes: Float64Array.from(ids, (id) => this.elementData.get(id)!.size as number),
      edgeSource: Uint32Array.from(this.drawn, (e) => indexOf.get(e.source)!),
      edgeTarget: Uint32Array.from(this.drawn, (e) => indexOf.get(e.target)!),
      start,
    };
  }

  /** An arrangement off the main thread is still running. */
  get arranging(): boolean {
    return this.arrangeRun !== null;
  }

  /** Nodes the worker is arranging (the page's "Arranging N nodes…" note); 0 when none runs. */
  get arrangingNodes(): number {
    return this.arrangeRun?.nodes ?? 0;
  }

  private cancelArrange(): void {
    const run = this.arrangeRun;
    this.arrangeRun = null;
    run?.cancel();
  }

  /**
   * The worker's positions, in one step: animating 46 000 elements through Cytoscape costs seconds per frame at
   * 68 000 edges, and the overlay would have to hand every position to Cytoscape at the end anyway. On a large network
   * the arranged frame is the overlay's (drawn now, Cytoscape restyles and redraws behind it and takes over in its own
   * frame, as after a scrub); visibility, labels and emphasis are then re-derived as after a main-thread layout.
   */
  private applyArranged(ids: readonly string[], xy: Float64Array): void {
    const cy = this.cy;
    this.arrangementsApplied++;
    if (this.overlay && !this.overlayActive) this.startOverlay();
    const scene = this.overlayScene;
    cy.batch(() => {
      ids.forEach((id, i) => {
        const p = { x: xy[2 * i]!, y: xy[2 * i + 1]! };
        if (this.pendingPositions.has(id)) this.pendingPositions.set(id, p);
        else {
          const node = cy.getElementById(id);
          if (node.nonempty()) node.position(p);
        }
        const k = this.overlayNodeIndex.get(id);
        if (scene && k !== undefined) {
          scene.nodes[k]!.x = p.x;
          scene.nodes[k]!.y = p.y;
        }
      });
      // Elements of a large arrival not yet given to Cytoscape go in at their arranged place.
      if (this.pending)
        for (let i = this.pending.next; i < this.pending.eles.length; i++) {
          const ele = this.pending.eles[i]!;
          if (ele.group === 'nodes') ele.position = this.pendingPositions.get(ele.data.id!) ?? ele.position;
        }
    });
    this.fitVisible();
    if (this.overlayActive) {
      this.drawOverlay();
      if (!this.pending && !this.warming && this.settleTimer === null && this.settleFrame === null) this.armSettle(0);
    } else this.refreshVisibility();
    this.scheduleLabels();
  }

  /**
   * While the overlay draws: the id of the shown node under (x, y) on screen (the one drawn on top), or null for
   * none; undefined when the overlay is not drawing (Cytoscape answers then). The grid is built from the overlay's
   * scene once per drawn frame (a pan, zoom or window step draws one) and reused by the queries in between.
   */
  overlayNodeAt(x: number, y: number): string | null | undefined {
    const scene = this.overlayScene;
    if (!this.overlayActive || !scene || !this.overlay) return undefined;
    const key = String(this.overlay.frames);
    if (!this.hitGrid.matches(key)) {
      const n = scene.nodes.length;
      if (this.hitXs.length < n) {
        this.hitXs = new Float64Array(n);
        this.hitYs = new Float64Array(n);
        this.hitRs = new Float64Array(n);
      }
      const pan = this.cy.pan();
      const zoom = this.cy.zoom();
      for (let i = 0; i < n; i++) {
        const node = scene.nodes[i]!;
        this.hitXs[i] = node.x * zoom + pan.x;
        this.hitYs[i] = node.y * zoom + pan.y;
        this.hitRs[i] = (node.size / 2) * zoom;
      }
      this.hitGrid.build(
        key,
        this.hitXs,
        this.hitYs,
        this.hitRs,
        this.overlayNodeShown,
        n,
        this.cy.width(),
        this.cy.height(),
      );
    }
    const i = this.hitGrid.hit(x, y);
    return i < 0 ? null : (this.overlayNodeIds[i] ?? null);
  }

  /** Shown connections of a node (the tooltip's count), from the view's bookkeeping. */
  visibleDegree(id: string): number {
    return this.nodeShownEdges.get(id) ?? 0;
  }

  /** Fit the visible elements without blowing a small graph up past a readable zoom. */
  fitVisible(maxZoom = 1.5, padding = 70): void {
    // While the overlay draws, fit from the view's own positions and sizes: Cytoscape's fit asks every element for its
    // bounds, which resolves every style (1.9 s of a 3 s first render at 15 000 edges) before the first frame.
    if (this.overlayActive) {
      this.fitByPositions(maxZoom, padding);
      return;
    }
    const cy = this.cy;
    const eles = cy.elements().not('.off');
    if (eles.empty()) return;
    cy.fit(eles, padding);
    if (cy.zoom() > maxZoom) cy.zoom({ level: maxZoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** `cy.fit` over the visible nodes' boxes (position ± half the size), computed without Cytoscape's bounds. */
  private fitByPositions(maxZoom: number, padding: number): void {
    const cy = this.cy;
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const id of this.nodesById.keys()) {
      if (!this.isNodeVisible(id)) continue;
      const p = this.positionOf(id);
      const r = ((this.elementData.get(id)?.size as number | undefined) ?? 0) / 2;
      x1 = Math.min(x1, p.x - r);
      y1 = Math.min(y1, p.y - r);
      x2 = Math.max(x2, p.x + r);
      y2 = Math.max(y2, p.y + r);
    }
    if (x1 > x2) return;
    const w = cy.width();
    const h = cy.height();
    const zoom = Math.max(
      cy.minZoom(),
      Math.min(
        maxZoom,
        cy.maxZoom(),
        (w - 2 * padding) / Math.max(1, x2 - x1),
        (h - 2 * padding) / Math.max(1, y2 - y1),
      ),
    );
    cy.viewport({ zoom, pan: { x: (w - zoom * (x1 + x2)) / 2, y: (h - zoom * (y1 + y2)) / 2 } });
  }

  destroy(): void {
    this.cancelArrange();
    this.cancelLabelPass();
    if (this.pendingFrame !== null) cancelAnimationFrame(this.pendingFrame);
    this.pendingFrame = null;
    this.pending = null;
    this.stopOverlay();
    this.overlay?.destroy();
    this.cy.destroy();
  }

  /**
   * The bookkeeping of one window step, shared by Cytoscape's path and the overlay's: which edges are shown and each
   * node's count of shown edges. `onToggle` hears each edge that changes (setWindow collects its elements);
   * `touched` collects the nodes whose count moved. Returns how many edges changed.
   */
  private applyWindowDelta(
    delta: { entered: Iterable<number>; left: Iterable<number> },
    touched?: Set<string>,
    onToggle?: (index: number, shown: boolean) => void,
  ): number {
    let toggled = 0;
    const count = (id: string, by: number): void => {
      this.nodeShownEdges.set(id, (this.nodeShownEdges.get(id) ?? 0) + by);
      touched?.add(id);
    };
    for (const i of delta.left) {
      if (!this.edgeShown[i]) continue;
      const edge = this.drawn[i]!;
      this.edgeShown[i] = 0;
      this.shownEdgeCount--;
      onToggle?.(i, false);
      count(edge.source, -1);
      count(edge.target, -1);
      toggled++;
    }
    for (const i of delta.entered) {
      if (this.edgeShown[i] || !this.edgeAllowed[i]) continue;
      const edge = this.drawn[i]!;
      this.edgeShown[i] = 1;
      this.shownEdgeCount++;
      onToggle?.(i, true);
      count(edge.source, 1);
      count(edge.target, 1);
      toggled++;
    }
    return toggled;
  }

  /**
   * A window step while the window is moving: the view's bookkeeping (edges and nodes shown) is updated as in
   * `setWindow`, Cytoscape is not touched, and the overlay draws the result on the next frame. When no step has
   * come for SCRUB_QUIET_MS, `settleMotion` applies the classes to Cytoscape in one pass.
   */
  private moveWindowInOverlay(delta: { entered: Iterable<number>; left: Iterable<number> }): number {
    const toggled = this.applyWindowDelta(delta);
    if (!this.overlayActive) this.startOverlay();
    this.scrubbing = true;
    this.requestOverlayFrame();
    if (this.settleTimer === null && this.settleFrame === null) this.armSettle(SCRUB_QUIET_MS);
    return toggled;
  }

  private requestOverlayFrame(): void {
    if (this.overlayFrame === null)
      this.overlayFrame = requestAnimationFrame(() => {
        this.overlayFrame = null;
        this.drawOverlay();
      });
  }

  /**
   * Settle once the window has been still for SCRUB_QUIET_MS and an animation frame has gone by without a step.
   * The frame check matters on a loaded machine: when one frame takes longer than the quiet time, a bare timer
   * would fire between two steps of the same drag and restyle every Cytoscape element mid-motion, which makes the
   * next frame slower still.
   */
  private armSettle(wait: number): void {
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.settleFrame = requestAnimationFrame(() => {
        this.settleFrame = null;
        // Cytoscape is still receiving a large arrival: its last slice arms the hand-back again. A first load is still
        // being arranged in the worker: the overlay keeps drawing (hover and click answer from it) and Cytoscape takes
        // over once, at the arranged positions (`applyArranged` arms this again) — handing over to the provisional
        // placement first cost Cytoscape's whole first frame twice (a 7 s main-thread task at 2 000 / 8 000).
        if (this.pending || this.arrangeRun || this.warming) return;
        const still = performance.now() - this.lastWindowChange;
        if (still >= SCRUB_QUIET_MS) this.settleMotion();
        else this.armSettle(SCRUB_QUIET_MS - still);
      });
    }, wait);
  }

  /** Freeze the scene (positions, colours, emphasis) and swap Cytoscape's layers for the overlay. */
  private startOverlay(): void {
    const cy = this.cy;
    const overlay = this.overlay!;
    this.buildOverlayScene();
    // Taken back from a hand-back still waiting for Cytoscape's frame: the overlay stays and keeps drawing.
    if (this.handBackListener) {
      this.cy.removeListener('render', this.handBackListener);
      this.handBackListener = null;
    }
    overlay.show(cy.width(), cy.height());
    this.cyLayers().style.visibility = 'hidden';
    // Cytoscape neither restyles nor draws while a batch is open (its render loop skips batching frames): anything
    // that touches it meanwhile (a label pass, a hover) is queued and applied in one go when the motion settles.
    // Without this, one label pass mid-sweep redrew all 43 000 edges still shown in Cytoscape (2 s frames).
    cy.startBatch();
    this.batchOpen = true;
    this.overlayActive = true;
  }

  /** The overlay's scene from the view's data, positions and emphasis (`emphasisIds`). */
  private buildOverlayScene(): void {
    const ids = [...this.nodesById.keys()];
    const indexOf = new Map(ids.map((id, i) => [id, i]));
    const { faded, selected: selectedIds, path: pathIds } = this.emphasisIds;
    const nodes = ids.map((id) => {
      const d = this.elementData.get(id)!;
      const p = this.positionOf(id);
      return {
        x: p.x,
        y: p.y,
        size: d.size as number,
        color: d.color as string,
        shape: d.shape as string,
        faded: faded.has(id),
        // networkStyle.ts: `node.path` is listed after `node.selected`, so its colour wins on a node with both.
        outline: pathIds.has(id) ? LOOK.pathColor : selectedIds.has(id) ? LOOK.selectedBorder.color : null,
      };
    });
    // The 'large' style (networkStyle.ts › LOOK): opacities per kind and for undated evidence, the path's colour.
    const opacity = LOOK.largeEdgeOpacity;
    const edges = this.drawn.map((e) => {
      const d = this.elementData.get(e.id)!;
      const onPath = pathIds.has(e.id);
      const selected = selectedIds.has(e.id);
      return {
        source: indexOf.get(e.source)!,
        target: indexOf.get(e.target)!,
        color: onPath ? LOOK.pathColor : (d.color as string),
        width: onPath ? LOOK.pathEdgeWidth : e.kind === 'CO_MENTION' ? 1 : (d.width as number),
        alpha:
          onPath || selected
            ? 1
            : faded.has(e.id)
              ? LOOK.fadedEdgeOpacity
              : d.undated
                ? opacity.undated
                : e.kind === 'CO_MENTION'
                  ? opacity.coMention
                  : opacity.base,
      };
    });
    this.overlayScene = buildScene(nodes, edges);
    this.overlayNodeIds = ids;
    this.overlayNodeIndex = indexOf;
    if (this.overlayNodeShown.length !== ids.length) this.overlayNodeShown = new Uint8Array(ids.length);
    this.takeOverlayLabels();
  }

  /** The labels the overlay draws: the ones chosen last (before the motion, or since the first frame). */
  private takeOverlayLabels(): void {
    this.overlayLabels = [];
    for (const [id, side] of this.labelled) {
      const i = this.overlayNodeIndex.get(id);
      const text = this.elementData.get(id)?.label;
      if (i !== undefined && typeof text === 'string') this.overlayLabels.push({ node: i, text, side });
    }
  }

  private drawOverlay(): void {
    if (!this.overlayActive || !this.overlayScene || this.cy.destroyed()) return;
    const shown = this.overlayNodeShown;
    const ids = this.overlayNodeIds;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      shown[i] = this.pinned.has(id) || (this.nodeShownEdges.get(id) ?? 0) > 0 ? 1 : 0;
    }
    this.overlay!.draw(this.overlayScene, this.edgeShown, shown, this.overlayLabels, this.cy.pan(), this.cy.zoom());
  }

  /** Cytoscape's own canvases (hidden while the overlay draws). */
  private cyLayers(): HTMLElement {
    const r = (this.cy as unknown as { renderer(): { data?: { canvasContainer?: HTMLElement } } }).renderer();
    return r.data?.canvasContainer ?? (this.cy.container()!.firstElementChild as HTMLElement);
  }

  private stopOverlay(): void {
    this.stopWarming();
    if (this.overlayFrame !== null) cancelAnimationFrame(this.overlayFrame);
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    if (this.settleFrame !== null) cancelAnimationFrame(this.settleFrame);
    this.overlayFrame = null;
    this.settleTimer = null;
    this.settleFrame = null;
    this.overlayScene = null;
    this.overlayLabels = [];
    this.scrubbing = false;
    this.overlayActive = false;
    if (this.batchOpen) {
      this.batchOpen = false;
      if (!this.cy.destroyed()) this.cy.endBatch();
    }
    if (this.overlay?.visible && !this.handBackListener) {
      if (this.cy.destroyed()) this.overlay.hide();
      else this.handBack();
    }
  }

  /**
   * The overlay stays on top until Cytoscape has drawn the current state, and goes in the same frame ('render' is
   * emitted at the end of Cytoscape's draw, inside its animation frame). Hiding it at once showed Cytoscape's stale or
   * empty canvas for as long as its next frame took — seconds for a large network's first frame.
   */
  private handBack(): void {
    const done = (): void => {
      this.handBackListener = null;
      this.overlay?.hide();
      this.cyLayers().style.visibility = '';
    };
    this.handBackListener = done;
    this.cy.one('render', done);
    // Cytoscape draws only when something is dirty: a motion that changed nothing still gets its frame.
    this.cy.forceRender();
  }

  /**
   * The window rests (or anything else changes): apply the view's bookkeeping to Cytoscape in one pass and hand the
   * drawing back to it. Cytoscape redraws on its next frame, the same frame the overlay disappears in.
   */
  private settleMotion(): void {
    if (!this.overlayActive) return;
    // Anything that ends a motion (a layout, new data) needs every element in Cytoscape.
    this.flushPendingAdds();
    this.motionSettles++;
    // The classes go in while the motion's batch is still open, so Cytoscape restyles once, with everything queued.
    this.overlayActive = false;
    this.refreshVisibility();
    this.stopOverlay();
    this.scheduleLabels();
  }

  /**
   * The emphasis classes, from the ids `emphasisFromData` derives once per change: Cytoscape gets them here (the
   * elements it holds; a large arrival's later slices get them when the last one is in) and the overlay draws the same
   * sets (its scene is rebuilt when it is drawing).
   */
  private applyEmphasis(): void {
    const cy = this.cy;
    const ids = this.emphasisFromData();
    this.emphasisIds = ids;
    const eles = (set: Set<string>): cytoscape.CollectionReturnValue => {
      const out: cytoscape.SingularElementArgument[] = [];
      for (const id of set) {
        const ele = cy.getElementById(id);
        if (ele.nonempty()) out.push(ele);
      }
      return cy.collection(asCollection(out));
    };
    cy.batch(() => {
      cy.$('.selected, .faded, .path').removeClass('selected faded path');
      eles(ids.selected).addClass('selected');
      eles(ids.path).addClass('path');
      eles(ids.faded).addClass('faded');
    });
    if (this.overlayActive && this.overlayScene) {
      this.buildOverlayScene();
      this.requestOverlayFrame();
    }
    this.scheduleLabels();
  }

  /**
   * The label text's width on screen at this zoom, as Cytoscape sizes it: it measures the text at the model font
   * size (LABEL_FONT_PX / zoom) and rounds up in model units, so on screen the width is rounded up to a multiple
   * of the zoom (up to 4 px wider than the text at zoom 4). The 12 px measure is cached per text.
   */
  private labelWidth(text: string, zoom: number): number {
    let w = this.labelWidths.get(text);
    if (w === undefined) {
      if (this.measure === undefined) {
        const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
        if (ctx) ctx.font = `500 ${LABEL_FONT_PX}px Inter, "Segoe UI", system-ui, sans-serif`;
        this.measure = ctx;
      }
      w = this.measure ? this.measure.measureText(text).width : estimateLabelWidth(text);
      this.labelWidths.set(text, w);
    }
    // The epsilon rounds up rather than down when the model width lands on a whole unit up to float error.
    return Math.ceil(w / zoom + 1e-6) * zoom;
  }

  private cancelLabelPass(): void {
    if (this.labelFrame !== null) cancelAnimationFrame(this.labelFrame);
    if (this.labelTimer !== null) clearTimeout(this.labelTimer);
    this.labelFrame = null;
    this.labelTimer = null;
  }

  /** One label pass on the next frame, and not more often than LABEL_MIN_INTERVAL_MS while scrubbing. */
  private scheduleLabels(): void {
    if (this.labelFrame !== null || this.labelTimer !== null || this.cy.destroyed()) return;
    // While the overlay draws a moving window, the labels wait for it to rest.
    const now = performance.now();
    const wait = Math.max(
      this.lastLabelPass + LABEL_MIN_INTERVAL_MS - now,
      this.scrubbing ? this.lastWindowChange + SCRUB_QUIET_MS - now : 0,
    );
    const run = (): void => {
      this.labelTimer = null;
      this.labelFrame = requestAnimationFrame(() => {
        this.labelFrame = null;
        if (!this.cy.destroyed()) this.updateLabels();
      });
    };
    if (wait > 0) this.labelTimer = setTimeout(run, wait);
    else run();
  }

  /** Forced labels first, then visible nodes by shown connections (then activity), through `pickLabels`. */
  private updateLabels(): void {
    const cy = this.cy;
    this.lastLabelPass = performance.now();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const width = cy.width();
    const height = cy.height();
    const forced = new Set<string>([
      ...this.emphasis.selected,
      ...(this.emphasis.path.length > 1 ? this.emphasis.path : []),
    ]);
    if (this.hovered) forced.add(this.hovered);
    if (this.searched) forced.add(this.searched);
    const drawnNow = (id: string): boolean => this.isNodeVisible(id) && !cy.getElementById(id).hasClass('ghost');
    // From the view's data and positions: during a large arrival's fill Cytoscape does not hold every node yet.
    const candidate = (id: string, isForced: boolean): LabelCandidate | null => {
      const d = this.elementData.get(id);
      if (!d) return null;
      const p = this.positionOf(id);
      const x = p.x * zoom + pan.x;
      const y = p.y * zoom + pan.y;
      // Off screen (with a label's width of slack): cannot be labelled without clipping anyway.
      if (x < -200 || y < -50 || x > width + 200 || y > height + 50) return null;
      const label = (d.label as string | undefined) ?? '';
      if (!label) return null;
      // The box Cytoscape draws and reports (its label bounds): the text box (font size high) with its near edge
      // at the text margin, grown on every side by the outline and the slack Cytoscape adds to label bounds.
      return {
        id,
        x,
        y,
        r: ((d.size as number) / 2) * zoom,
        width: this.labelWidth(label, zoom),
        height: LABEL_FONT_PX,
        pad: LABEL_OUTLINE_PX + LABEL_BOUNDS_SLACK * zoom,
        forced: isForced,
      };
    };
    // With one node selected the rest is faded: its neighbours' names come before any other hub's.
    const near = new Set<string>();
    if (this.emphasis.selected.length === 1)
      cy.getElementById(this.emphasis.selected[0]!)
        .neighborhood('node')
        .forEach((n) => void near.add(n.id()));
    const ranked: string[] = [];
    for (const id of this.nodesById.keys()) if (!forced.has(id) && drawnNow(id)) ranked.push(id);
    ranked.sort(
      (a, b) =>
        Number(near.has(b)) - Number(near.has(a)) ||
        (this.nodeShownEdges.get(b) ?? 0) - (this.nodeShownEdges.get(a) ?? 0) ||
        this.nodesById.get(b)!.activity - this.nodesById.get(a)!.activity ||
        (a < b ? -1 : 1),
    );
    const known = this.nodesById;
    // Lazy: pickLabels stops at the budget, so most candidates are never measured.
    function* candidates(): Generator<LabelCandidate> {
      for (const id of forced) {
        if (!known.has(id) || !drawnNow(id)) continue;
        const c = candidate(id, true);
        if (c) yield c;
      }
      for (const id of ranked) {
        const c = candidate(id, false);
        if (c) yield c;
      }
    }
    const budget = Math.max(labelBudget(zoom, width, height), forced.size);
    const next = pickLabels(candidates(), budget, width, height);
    // Label size and gap are in model units: divide by the zoom so they read the same at every zoom.
    const fontSize = LABEL_FONT_PX / zoom;
    const margin = LABEL_GAP_PX / zoom;
    cy.batch(() => {
      for (const [id] of this.labelled) if (!next.has(id)) cy.getElementById(id).removeClass(LABEL_CLASSES);
      for (const [id, side] of next) {
        const node = cy.getElementById(id);
        if (node.data('lfs') !== fontSize)
          node.data({ lfs: fontSize, lm: margin, lmn: -margin, lo: LABEL_OUTLINE_PX / zoom });
        if (this.labelled.get(id) !== side) node.removeClass(LABEL_CLASSES).addClass(`lbl lbl-${side}`);
      }
    });
    this.labelled = next;
    // Labels chosen while the overlay draws (e.g. over a first frame) are drawn by it too.
    if (this.overlayActive) {
      this.takeOverlayLabels();
      this.requestOverlayFrame();
    }
  }

  /**
   * The bookkeeping of a full pass, without touching Cytoscape: which edges are allowed by the filters and shown, and
   * each node's count of shown edges. Returns how many edges flipped and the node filter's answer per node.
   */
  private computeVisibility(): { toggled: number; nodeOk: Map<string, boolean> } {
    let toggled = 0;
    const nodeOk = new Map<string, boolean>();
    for (const n of this.nodesById.values()) nodeOk.set(n.id, this.nodeFilter(n));
    this.drawn.forEach((edge, i) => {
      const allowed = (nodeOk.get(edge.source) ?? false) && (nodeOk.get(edge.target) ?? false) && this.edgeFilter(edge);
      this.edgeAllowed[i] = allowed ? 1 : 0;
      const want = allowed && (this.windowRange === null || this.index.isInWindow(i));
      if (want !== (this.edgeShown[i] === 1)) toggled++;
      this.edgeShown[i] = want ? 1 : 0;
    });
    this.nodeShownEdges = new Map();
    this.shownEdgeCount = 0;
    this.drawn.forEach((edge, i) => {
      if (!this.edgeShown[i]) return;
      this.shownEdgeCount++;
      this.nodeShownEdges.set(edge.source, (this.nodeShownEdges.get(edge.source) ?? 0) + 1);
      this.nodeShownEdges.set(edge.target, (this.nodeShownEdges.get(edge.target) ?? 0) + 1);
    });
    return { toggled, nodeOk };
  }

  /** A node's position: from the view while Cytoscape has not received it yet, else Cytoscape's. */
  private positionOf(id: string): Position {
    return this.pendingPositions.get(id) ?? this.cy.getElementById(id).position();
  }

  /** One frame's share of a large arrival given to Cytoscape (inside the overlay's open batch: no style pass yet). */
  private readonly addPendingSlice = (): void => {
    this.pendingFrame = null;
    const pending = this.pending;
    if (!pending || this.cy.destroyed()) return;
    const start = performance.now();
    do {
      const end = Math.min(pending.eles.length, pending.next + ADD_SLICE);
      this.cy.add(pending.eles.slice(pending.next, end));
      pending.next = end;
    } while (pending.next < pending.eles.length && performance.now() - start < ADD_FRAME_BUDGET_MS);
    if (pending.next < pending.eles.length) this.pendingFrame = requestAnimationFrame(this.addPendingSlice);
    else this.finishPendingAdds();
  };

  /** Whatever is left of a large arrival, given to Cytoscape now (something needs every element at once). */
  private flushPendingAdds(): void {
    if (!this.pending) return;
    if (this.pendingFrame !== null) cancelAnimationFrame(this.pendingFrame);
    this.pendingFrame = null;
    if (this.pending.next < this.pending.eles.length) this.cy.add(this.pending.eles.slice(this.pending.next));
    this.finishPendingAdds();
  }

  /** Cytoscape holds every element: emphasis classes go on, and the overlay hands back once the window rests. */
  private finishPendingAdds(): void {
    this.pending = null;
    this.pendingPositions.clear();
    this.edgeEles = this.drawn.map((e) => this.cy.getElementById(e.id) as EdgeSingular);
    this.applyEmphasis();
    // Cytoscape resolves the styles behind the overlay before it takes over (`warmStyleSlice` arms the hand-back).
    if (this.overlayActive) this.startWarming();
  }

  /** Styles resolved a slice per frame from now on, behind the overlay; the last slice arms the hand-back. */
  private startWarming(): void {
    this.stopWarming();
    this.warming = { eles: this.cy.elements(), next: 0 };
    this.warmFrame = requestAnimationFrame(this.warmStyleSlice);
  }

  private stopWarming(): void {
    if (this.warmFrame !== null) cancelAnimationFrame(this.warmFrame);
    this.warmFrame = null;
    this.warming = null;
  }

  /**
   * One frame's share of Cytoscape's style pass, ahead of the hand-back. Cytoscape resolves the style of every element
   * added in its open batch when the batch ends, in its first frame: at 68 000 edges that frame was one main-thread task
   * of 11–17 s, most of it applying the default stylesheet's ~100 properties to each of 46 000 elements. Applied here a
   * slice at a time (Cytoscape's own `Style.apply`, which the batch's end calls too), the end of the batch finds each
   * element's selector set unchanged and re-applies only its `data(…)`-mapped properties.
   */
  private readonly warmStyleSlice = (): void => {
    this.warmFrame = null;
    const warming = this.warming;
    if (!warming || this.cy.destroyed()) return;
    const style = (
      this.cy as unknown as { style(): { apply(eles: cytoscape.CollectionReturnValue): unknown } }
    ).style();
    const start = performance.now();
    do {
      const end = Math.min(warming.eles.length, warming.next + ADD_SLICE);
      style.apply(warming.eles.slice(warming.next, end));
      warming.next = end;
    } while (warming.next < warming.eles.length && performance.now() - start < ADD_FRAME_BUDGET_MS);
    if (warming.next < warming.eles.length) {
      this.warmFrame = requestAnimationFrame(this.warmStyleSlice);
      return;
    }
    this.warming = null;
    if (this.overlayActive && this.settleTimer === null && this.settleFrame === null)
      this.armSettle(this.scrubbing ? SCRUB_QUIET_MS : 0);
  };

  /**
   * Which elements are selected, on the path and faded, from the page's emphasis and the drawn data — the one place
   * these rules live (Cytoscape's classes and the overlay's scene both come from it): the selection is the selected
   * nodes plus every drawn edge of a selected connection; a path of two or more entities marks them and the edges
   * between consecutive ones; otherwise one selection fades everything outside its closed neighbourhood.
   */
  private emphasisFromData(): EmphasisIds {
    const faded = new Set<string>();
    const selectedIds = new Set<string>();
    const pathIds = new Set<string>();
    const { selected, edge, path } = this.emphasis;
    for (const id of selected) if (this.nodesById.has(id)) selectedIds.add(id);
    if (edge) for (const id of this.edgesByPair.get(pairKey(edge[0], edge[1])) ?? []) selectedIds.add(id);
    if (path.length > 1) {
      for (const id of path) if (this.nodesById.has(id)) pathIds.add(id);
      for (let i = 0; i + 1 < path.length; i++)
        for (const id of this.edgesByPair.get(pairKey(path[i]!, path[i + 1]!)) ?? []) pathIds.add(id);
    } else if (selected.length === 1 && selectedIds.size > 0) {
      // Cytoscape's closedNeighborhood of the selection: the selected elements, the selected nodes' neighbours and the
      // edges between them (a selected edge's endpoints are not its neighbourhood there either).
      const near = new Set(selectedIds);
      for (const e of this.drawn) {
        if (selectedIds.has(e.source) || selectedIds.has(e.target)) {
          near.add(e.id);
          near.add(e.source);
          near.add(e.target);
        }
      }
      for (const id of this.nodesById.keys()) if (!near.has(id)) faded.add(id);
      for (const e of this.drawn) if (!near.has(e.id)) faded.add(e.id);
    }
    return { selected: selectedIds, path: pathIds, faded };
  }

  /** Full pass: filters changed, data changed or the naive bench mode. Returns how many edges flipped. */
  private refreshVisibility(): number {
    // Cytoscape is still receiving a large arrival: only the bookkeeping changes now, the overlay draws it, and the
    // classes go in with the hand-back (settleMotion calls this again once every element is there).
    if (this.pending) {
      const { toggled } = this.computeVisibility();
      this.requestOverlayFrame();
      return toggled;
    }
    // A full pass brings Cytoscape up to date: a motion drawn by the overlay ends here.
    if (this.overlayActive) this.stopOverlay();
    const cy = this.cy;
    const { toggled, nodeOk } = this.computeVisibility();
    const on: cytoscape.SingularElementArgument[] = [];
    const off: cytoscape.SingularElementArgument[] = [];
    cy.batch(() => {
      for (let i = 0; i < this.drawn.length; i++) {
        const want = this.edgeShown[i] === 1;
        // The naive mode touches every edge, as a plain "re-filter everything" implementation would.
        if (this.options.naiveWindow) this.edgeEles[i]!.toggleClass('off', !want);
        else {
          const ele = this.edgeEles[i]!;
          if (want && (ele.hasClass('off') || ele.hasClass('ghost'))) on.push(ele);
          else if (!want && !ele.hasClass('off')) off.push(ele);
        }
      }
      cy.nodes().forEach((n: NodeSingular) => {
        const id = n.id();
        const show = this.pinned.has(id) || ((nodeOk.get(id) ?? false) && (this.nodeShownEdges.get(id) ?? 0) > 0);
        if (show && (n.hasClass('off') || n.hasClass('ghost'))) on.push(n);
        else if (!show && !n.hasClass('off')) off.push(n);
      });
      // One class change per collection: Cytoscape then restyles and notifies once, not once per element.
      cy.collection(asCollection(off)).addClass('off');
      cy.collection(asCollection(on)).removeClass('off ghost');
    });
    return toggled;
  }
}
