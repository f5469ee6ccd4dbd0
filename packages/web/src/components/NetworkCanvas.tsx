import type cytoscape from 'cytoscape';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { DrawnEdge } from '../network/aggregateEdges.ts';
import { formatDay } from '../network/dayNumber.ts';
import { largeThresholdSetting } from '../network/drawingSettings.ts';
import { NetworkView } from '../network/NetworkView.ts';
import type { NetNode, NetworkData } from '../network/networkTypes.ts';
import { EDGE_STYLE, ENTITY_STYLE } from '../network/palette.ts';
import { plural } from '../text/plural.ts';

export interface CanvasHandlers {
  onSelectNode: (id: string, additive: boolean) => void;
  onSelectEdge: (source: string, target: string) => void;
  onExpand: (id: string) => void;
  onClear: () => void;
}

interface Tip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

/** Where the drawing stands, as `data-state` on the canvas: only `ready` means it shows exactly the page's state. */
export type CanvasState = 'loading' | 'failed' | 'arranging' | 'moving' | 'empty' | 'ready';

/**
 * The Cytoscape network: data in, selection and expansion out; scrubbing only toggles elements.
 *
 * The view is brought up to date in layout effects, i.e. in the same commit as the rest of the page (time-bar
 * label, filter panel, URL): no frame and no script ever sees a page whose controls show the new state over a
 * network still drawn with the old one. A layout started there also shows its badge in that same commit.
 */
export function NetworkCanvas({
  data,
  pending,
  failed,
  windowDays,
  edgeFilter,
  nodeFilter,
  selected,
  edge,
  path,
  focus,
  handlers,
  viewRef,
  onCounts,
}: {
  data: NetworkData;
  /** A request for network data is in flight (what is drawn is about to change). */
  pending: boolean;
  /** The last request for network data failed (the page shows its error). */
  failed: boolean;
  windowDays: { from: number; to: number } | null;
  edgeFilter: (edge: DrawnEdge) => boolean;
  nodeFilter: (node: NetNode) => boolean;
  selected: readonly string[];
  edge: readonly [string, string] | null;
  path: readonly string[];
  focus: { id: string; nonce: number } | null;
  handlers: CanvasHandlers;
  viewRef: RefObject<NetworkView | null>;
  onCounts: (counts: { nodes: number; edges: number }) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const [tip, setTip] = useState<Tip | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  /** Nodes a first load's layout is arranging off the main thread (the note says how many), 0 otherwise. */
  const [arrangingNodes, setArrangingNodes] = useState(0);
  const [moving, setMoving] = useState(false);
  const [version, setVersion] = useState(0);
  const layouts = useRef(0);
  // The window at the time new data arrives is applied with it; its own changes have their own effect below.
  const windowRef = useRef(windowDays);
  windowRef.current = windowDays;

  useLayoutEffect(() => {
    // The 'large' threshold can be lowered by a developer setting (drawingSettings.ts; the page-level first-load test).
    const view = new NetworkView({
      container: container.current!,
      aggregate: 'pair-kind',
      largeThreshold: largeThresholdSetting(),
    });
    viewRef.current = view;
    // A handle for end-to-end tests and for analysts poking at the graph from the console.
    (window as unknown as { __newsgraph?: { view: NetworkView } }).__newsgraph = { view };
    const cy = view.cy;
    const root = container.current!;
    // While the overlay draws (a large network's first frames, a scrub) Cytoscape does not answer for the nodes: the
    // view hit-tests its own scene, and these listeners stand in for Cytoscape's hover and tap. A press that moved
    // is a pan, not a click.
    const at = (e: MouseEvent): { x: number; y: number } => {
      const box = root.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    };
    const overlayHit = (p: { x: number; y: number }): string | null | undefined => view.overlayNodeAt(p.x, p.y);
    /** A node's tooltip, the same whether Cytoscape or the overlay answered the hover. */
    const nodeTip = (id: string, p: { x: number; y: number }): Tip | null => {
      const node = view.node(id);
      if (!node) return null;
      return {
        x: p.x,
        y: p.y,
        title: node.label,
        lines: [
          ENTITY_STYLE[node.kind].label,
          `activity ${node.activity} · ${plural(view.visibleDegree(id), 'visible connection')}`,
          'click: details · double-click: expand',
        ],
      };
    };
    let overlayHover: string | null = null;
    const onPointerMove = (e: PointerEvent): void => {
      const p = at(e);
      const hit = overlayHit(p);
      if (hit === undefined || hit === overlayHover) return;
      overlayHover = hit;
      view.setHover(hit);
      setTip(hit ? nodeTip(hit, p) : null);
    };
    let pressed: { x: number; y: number } | null = null;
    const onPointerDown = (e: PointerEvent): void => {
      pressed = at(e);
    };
    const onClick = (e: MouseEvent): void => {
      const p = at(e);
      const moved = pressed !== null && Math.hypot(p.x - pressed.x, p.y - pressed.y) > 4;
      pressed = null;
      const hit = overlayHit(p);
      if (hit === undefined || moved) return;
      if (hit) handlersRef.current.onSelectNode(hit, e.shiftKey);
      else handlersRef.current.onClear();
    };
    root.addEventListener('pointermove', onPointerMove);
    root.addEventListener('pointerdown', onPointerDown);
    root.addEventListener('click', onClick);
    /** Cytoscape's own events, unless the overlay draws (the listeners above answer then). */
    const fromCy = (e: cytoscape.EventObject): boolean => overlayHit(e.renderedPosition) === undefined;
    cy.on('tap', 'node', (e) => {
      if (!fromCy(e)) return;
      handlersRef.current.onSelectNode(
        (e.target as NodeSingular).id(),
        Boolean((e.originalEvent as MouseEvent | undefined)?.shiftKey),
      );
    });
    cy.on('tap', 'edge', (e) => {
      if (!fromCy(e)) return;
      const edge = e.target as EdgeSingular;
      handlersRef.current.onSelectEdge(edge.data('source') as string, edge.data('target') as string);
    });
    cy.on('dbltap', 'node', (e) => handlersRef.current.onExpand((e.target as NodeSingular).id()));
    cy.on('tap', (e) => {
      if (e.target === cy && fromCy(e)) handlersRef.current.onClear();
    });
    cy.on('mouseover', 'node', (e) => {
      if (!fromCy(e)) return;
      const id = (e.target as NodeSingular).id();
      view.setHover(id);
      const tip = nodeTip(id, e.renderedPosition);
      if (tip) setTip(tip);
    });
    cy.on('mouseover', 'edge', (e) => {
      if (!fromCy(e)) return;
      const drawn = view.drawnEdge((e.target as EdgeSingular).id());
      if (!drawn) return;
      const s = view.node(drawn.source)?.label ?? drawn.source;
      const t = view.node(drawn.target)?.label ?? drawn.target;
      const first = drawn.days[0];
      const last = drawn.days[drawn.days.length - 1];
      setTip({
        x: e.renderedPosition.x,
        y: e.renderedPosition.y,
        title: `${s} — ${t}`,
        lines: [
          drawn.kinds.map((k) => EDGE_STYLE[k].label).join(', '),
          `${view.weightInWindow(drawn.id)} of ${plural(drawn.weight, 'loaded fact')} in the window`,
          first !== undefined && last !== undefined ? `${formatDay(first)} – ${formatDay(last)}` : '',
        ].filter(Boolean),
      });
    });
    cy.on('mouseout', 'node, edge', (e) => {
      if (!fromCy(e)) return;
      view.setHover(null);
      setTip(null);
    });
    cy.on('viewport tap', () => setTip(null));
    return () => {
      root.removeEventListener('pointermove', onPointerMove);
      root.removeEventListener('pointerdown', onPointerDown);
      root.removeEventListener('click', onClick);
      viewRef.current = null;
      view.destroy();
    };
  }, [viewRef]);

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const before = view.nodeIds();
    // A first load whose arrangement had not answered yet: its nodes were never placed, so this data is a first load
    // too (setData below cancels that run).
    const unplaced = view.arranging;
    const { added } = view.setData(data);
    view.setWindow(windowRef.current);
    let cancelled = false;
    const first = before.length === 0 || unplaced;
    if (added.length > 0 || (unplaced && data.nodes.length > 0)) {
      // Counted, not a flag: when new data arrives mid-layout the old run still ends (and must not leave the
      // canvas "arranging" for ever if the new data needs no layout of its own).
      layouts.current++;
      setLayoutRunning(true);
      // A first load: fcose over everything, or ForceAtlas2 off the main thread on a large network (`arrange`) — the
      // provisional placement is fitted and drawn at once meanwhile; later arrivals settle beside the placed nodes,
      // animated.
      const run = first ? view.arrange() : view.layout({ keepPlaced: true, animate: true }, before).then(() => true);
      if (view.arranging) view.fitVisible();
      setArrangingNodes(view.arrangingNodes);
      void run.then((arranged) => {
        layouts.current--;
        if (!cancelled && arranged) view.fitVisible();
        setLayoutRunning(layouts.current > 0);
        setArrangingNodes(view.arrangingNodes);
        setVersion((v) => v + 1);
      });
    }
    setVersion((v) => v + 1);
    return () => {
      cancelled = true;
    };
  }, [data, viewRef]);

  useLayoutEffect(() => {
    viewRef.current?.setWindow(windowDays);
    setVersion((v) => v + 1);
  }, [windowDays, viewRef]);

  useLayoutEffect(() => {
    viewRef.current?.setFilters(edgeFilter, nodeFilter);
    setVersion((v) => v + 1);
  }, [edgeFilter, nodeFilter, viewRef]);

  useLayoutEffect(() => {
    viewRef.current?.setPinned([...selected, ...path]);
    setVersion((v) => v + 1);
  }, [selected, path, viewRef]);

  // Selection, path and neighbourhood emphasis: the view draws them and keeps them across data changes.
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.setEmphasis({ selected, edge, path });
  }, [selected, edge, path, viewRef]);

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    onCounts({ nodes: view.visibleNodeCount(), edges: view.visibleEdgeCount() });
  }, [version, selected, path, viewRef, onCounts]);

  // The searched entity keeps its label whatever the zoom.
  const focusId = focus?.id ?? null;
  useLayoutEffect(() => {
    viewRef.current?.setSearched(focusId);
  }, [focusId, viewRef]);

  // Centre on a searched entity once it is on the canvas (it may arrive with a later expansion). The canvas
  // counts as moving until the animation ends (animations queue, hence the counter).
  const focused = useRef(-1);
  const animations = useRef(0);
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view || !focus || focused.current === focus.nonce || layoutRunning) return;
    const node = view.cy.getElementById(focus.id);
    if (node.empty()) return;
    focused.current = focus.nonce;
    animations.current++;
    setMoving(true);
    const complete = (): void => {
      animations.current--;
      setMoving(animations.current > 0);
    };
    view.cy.animate({ center: { eles: node }, zoom: Math.max(view.cy.zoom(), 1) }, { duration: 400, complete });
  }, [focus, version, layoutRunning, viewRef]);

  const state: CanvasState = pending
    ? 'loading'
    : failed
      ? 'failed'
      : layoutRunning
        ? 'arranging'
        : moving
          ? 'moving'
          : data.nodes.length === 0
            ? 'empty'
            : 'ready';

  return (
    <div className="canvas-wrap">
      <div ref={container} className="canvas" data-testid="network-canvas" data-state={state} />
      {layoutRunning && (
        <div className="canvas-badge" data-testid="arranging-note">
          {arrangingNodes > 0 ? `Arranging ${plural(arrangingNodes, 'node')}…` : 'Arranging…'}
        </div>
      )}
      {tip && (
        <div className="tooltip" style={{ left: tip.x + 14, top: tip.y + 14 }} role="tooltip">
          <strong>{tip.title}</strong>
          {tip.lines.map((l) => (
            <div key={l}>{l}</div>
          ))}
        </div>
      )}
    </div>
  );
}
