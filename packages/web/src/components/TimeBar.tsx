import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TimeAxis } from '../api/queries.ts';
import { dayNumber, formatDay } from '../network/dayNumber.ts';
import { plural } from '../text/plural.ts';
import { calendarTicks, focusRange } from '../time/timeAxis.ts';

export interface HistogramBucket {
  start: string;
  end: string;
  events: number;
  statements: number;
  articles: number;
}

type Drag = { mode: 'move' | 'from' | 'to' | 'new'; x0: number; from0: number; to0: number };

const SPEEDS = [0.5, 1, 2, 4] as const;

/**
 * The time bar: activity histogram, a brushable window (drag to move, drag an edge to resize, drag
 * across empty space to draw a new one), playback at a chosen speed and the event/published axis switch.
 * Every change is reported at once; the network filters loaded edges, so nothing is requested per frame.
 */
export function TimeBar({
  buckets,
  extent,
  window: win,
  onWindow,
  axis,
  onAxis,
  loading,
  counts,
  undated,
}: {
  buckets: readonly HistogramBucket[];
  extent: { from: number; to: number } | null;
  window: { from: number; to: number } | null;
  onWindow: (w: { from: number; to: number } | null) => void;
  axis: TimeAxis;
  onAxis: (axis: TimeAxis) => void;
  loading: boolean;
  counts: { nodes: number; edges: number };
  /** Events and statements without a date of their own (drawn at their publication date): how many are loaded,
   *  and the switch that shows or hides them. */
  undated?: { count: number; shown: boolean; onShown: (shown: boolean) => void };
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(800);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const height = 64;

  useEffect(() => {
    const el = svgRef.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.max(200, entry!.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // The bar opens on where the dated activity is (2nd–98th percentile, padded); outliers are one click away.
  const [fullRange, setFullRange] = useState(false);
  const focus = extent
    ? focusRange(
        buckets.map((b) => ({ from: dayNumber(b.start), to: dayNumber(b.end), count: b.events + b.statements })),
        extent,
      )
    : null;
  const shown = !fullRange && focus ? focus : extent;
  const outside = focus && !fullRange ? outsideCounts(buckets, focus) : { before: 0, after: 0 };
  const d0 = shown ? shown.from - 1 : 0;
  const d1 = shown ? shown.to + 2 : 1;
  const span = Math.max(1, d1 - d0);
  const x = (day: number): number => ((day - d0) / span) * width;
  const dayAt = (px: number): number => Math.round(d0 + (px / width) * span);
  const clamp = (d: number): number => Math.min(d1 - 1, Math.max(d0, d));

  // Playback: slide the window one day per tick, keeping its width, until it reaches the end.
  const winRef = useRef(win);
  winRef.current = win;
  useEffect(() => {
    if (!playing || !extent) return;
    const tick = window.setInterval(() => {
      const w = winRef.current ?? {
        from: extent.from,
        to: Math.min(extent.to, extent.from + Math.max(2, Math.round((extent.to - extent.from) / 5))),
      };
      if (w.to >= extent.to + 1) {
        setPlaying(false);
        return;
      }
      // Rendered within the tick: an update left pending past it would land after a Pause clicked in between,
      // moving the window once more after the button already shows Play.
      flushSync(() => onWindow({ from: w.from + 1, to: w.to + 1 }));
    }, 400 / speed);
    return () => window.clearInterval(tick);
  }, [playing, speed, extent, onWindow]);

  const pointer = (e: React.PointerEvent): number => {
    const rect = svgRef.current!.getBoundingClientRect();
    return e.clientX - rect.left;
  };
  const onDown = (mode: Drag['mode']) => (e: React.PointerEvent) => {
    e.stopPropagation();
    (e.target as Element).setPointerCapture(e.pointerId);
    const px = pointer(e);
    const cur = win ?? (extent ? { from: extent.from, to: extent.to } : { from: 0, to: 0 });
    setDrag({ mode, x0: px, from0: mode === 'new' ? dayAt(px) : cur.from, to0: mode === 'new' ? dayAt(px) : cur.to });
    setPlaying(false);
  };
  const onMove = (e: React.PointerEvent): void => {
    if (!drag) return;
    const delta = Math.round(((pointer(e) - drag.x0) / width) * span);
    if (drag.mode === 'move') {
      const len = drag.to0 - drag.from0;
      const from = Math.min(d1 - 1 - len, Math.max(d0, drag.from0 + delta));
      onWindow({ from, to: from + len });
    } else if (drag.mode === 'from') onWindow({ from: Math.min(drag.to0, clamp(drag.from0 + delta)), to: drag.to0 });
    else if (drag.mode === 'to') onWindow({ from: drag.from0, to: Math.max(drag.from0, clamp(drag.to0 + delta)) });
    else {
      const a = clamp(drag.from0);
      const b = clamp(drag.from0 + delta);
      onWindow({ from: Math.min(a, b), to: Math.max(a, b) });
    }
  };
  const onUp = (): void => setDrag(null);

  const visible = buckets.filter((b) => dayNumber(b.end) >= d0 && dayNumber(b.start) < d1);
  const max = Math.max(1, ...visible.map((b) => b.events + b.statements + b.articles));
  const bars = visible.map((b) => {
    const s = dayNumber(b.start);
    const e = dayNumber(b.end) + 1;
    const x0 = x(s) + 0.5;
    const w = Math.max(1, x(e) - x(s) - 1);
    const scale = (height - 14) / max;
    const hA = b.articles * scale;
    const hS = b.statements * scale;
    const hE = b.events * scale;
    const inWin = !win || (e > win.from && s <= win.to);
    return (
      <g key={b.start} className={inWin ? 'bar in' : 'bar out'}>
        <title>{`${b.start} – ${b.end}: ${plural(b.events, 'event')}, ${plural(b.statements, 'statement')}, ${plural(b.articles, 'article')}`}</title>
        <rect x={x0} y={height - hA} width={w} height={hA} className="bar-articles" />
        <rect x={x0} y={height - hA - hS} width={w} height={hS} className="bar-statements" />
        <rect x={x0} y={height - hA - hS - hE} width={w} height={hE} className="bar-events" />
      </g>
    );
  });

  const ticks = shown ? calendarTicks(d0, d1, width, (day) => x(day) > 12 && x(day) < width - 24) : [];

  return (
    <section className="timebar" aria-label="Time window" data-testid="timebar">
      <div className="timebar-controls">
        <button
          type="button"
          className="btn btn-icon"
          aria-label={playing ? 'Pause' : 'Play'}
          data-testid="play"
          onClick={() => setPlaying((p) => !p)}
          disabled={!extent}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <label className="select-inline">
          <span className="sr-only">Speed</span>
          <select
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}
            aria-label="Playback speed"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="radiogroup" aria-label="Time axis">
          {(['EVENT', 'PUBLISHED'] as const).map((a) => (
            <button
              key={a}
              type="button"
              role="radio"
              aria-checked={axis === a}
              className={axis === a ? 'on' : ''}
              onClick={() => onAxis(a)}
            >
              {a === 'EVENT' ? 'Event time' : 'Published'}
            </button>
          ))}
        </div>
        <div className="timebar-label" data-testid="window-label">
          {win
            ? `${formatDay(win.from)} – ${formatDay(win.to)}`
            : extent
              ? `All time · ${formatDay(extent.from)} – ${formatDay(extent.to)}`
              : 'No dated activity'}
        </div>
        <span className="muted small">
          {plural(counts.nodes, 'entity', 'entities')} · {plural(counts.edges, 'connection')}
        </span>
        {undated && (
          <label
            className="switch-inline small"
            title="Events and statements whose text gives no date are drawn at their publication date, with a hollow mark"
          >
            <input
              type="checkbox"
              checked={undated.shown}
              onChange={(e) => undated.onShown(e.target.checked)}
              data-testid="show-undated"
            />
            Show undated ({undated.count})
          </label>
        )}
        <span className="spacer" />
        {(outside.before > 0 || outside.after > 0 || fullRange) && focus && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setFullRange((f) => !f)}
            data-testid="full-range"
            title="The bar opens on where most dated facts are"
          >
            {fullRange ? 'Fit to activity' : `Full range (${plural(outside.before + outside.after, 'fact')} outside)`}
          </button>
        )}
        {loading && <span className="spinner small" aria-label="loading" />}
        <button type="button" className="btn btn-small" onClick={() => onWindow(null)} disabled={!win}>
          Show all
        </button>
      </div>
      <svg
        ref={svgRef}
        className="timebar-svg"
        width="100%"
        height={height + 18}
        onPointerDown={onDown('new')}
        onPointerMove={onMove}
        onPointerUp={onUp}
        data-testid="timebar-svg"
        data-day-from={d0}
        data-day-to={d1}
      >
        <g>{bars}</g>
        <g data-testid="timebar-ticks">
          {ticks.map((t) => (
            <g key={t.day} transform={`translate(${x(t.day)},0)`}>
              <line y1={height} y2={height + 4} className="tick" />
              <text y={height + 15} className="tick-label" textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
        </g>
        {win && (
          <g className="brush">
            <rect
              x={x(win.from)}
              y={0}
              width={Math.max(2, x(win.to + 1) - x(win.from))}
              height={height}
              className="brush-window"
              onPointerDown={onDown('move')}
              data-testid="brush-window"
            />
            <rect
              x={x(win.from) - 4}
              y={0}
              width={8}
              height={height}
              className="brush-handle"
              onPointerDown={onDown('from')}
              data-testid="brush-from"
            />
            <rect
              x={x(win.to + 1) - 4}
              y={0}
              width={8}
              height={height}
              className="brush-handle"
              onPointerDown={onDown('to')}
              data-testid="brush-to"
            />
          </g>
        )}
      </svg>
    </section>
  );
}

/** Events and statements in buckets entirely before / after the focused range. */
function outsideCounts(
  buckets: readonly HistogramBucket[],
  focus: { from: number; to: number },
): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const b of buckets) {
    if (dayNumber(b.end) < focus.from) before += b.events + b.statements;
    else if (dayNumber(b.start) > focus.to) after += b.events + b.statements;
  }
  return { before, after };
}
