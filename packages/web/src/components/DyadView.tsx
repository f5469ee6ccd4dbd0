import { useState } from 'react';
import { Q, type TimeAxis } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { dayNumber } from '../network/dayNumber.ts';
import { ENTITY_STYLE } from '../network/palette.ts';
import { dayLabel } from '../text/factDate.ts';
import { plural } from '../text/plural.ts';
import { EventCard } from './FactCards.tsx';
import { Empty, ErrorBox, Loading } from './States.tsx';

/**
 * Any two entities — two countries, a leader and a country, two people — with cooperation above the axis and
 * conflict below, per week; a bar opens its events. Without a chosen pair it opens on the busiest one: the
 * heaviest event connection of the graph (the network's own ranking, asked for with limit 1).
 */
export function DyadView({
  pair,
  onPair,
  axis,
  onOpenArticle,
  onOpenEntity,
}: {
  pair: [string, string] | null;
  onPair: (pair: [string, string] | null) => void;
  axis: TimeAxis;
  onOpenArticle: (id: string) => void;
  onOpenEntity: (id: string) => void;
}) {
  const candidates = useApi(Q.dyadCandidates, {});
  const busiest = useApi(Q.network, pair ? null : { input: { edgeKinds: ['EVENT'], limit: 1, timeAxis: axis } });
  const list = candidates.data?.entities.edges.map((e) => e.node) ?? [];
  const top = busiest.data?.network.edges[0];
  const a = pair?.[0] ?? top?.source ?? null;
  const b = pair?.[1] ?? top?.target ?? null;
  const dyad = useApi(Q.dyad, a && b && a !== b ? { aId: a, bId: b, bucket: 'WEEK', timeAxis: axis } : null);
  const [open, setOpen] = useState<string | null>(null);
  const buckets = dyad.data?.dyad.buckets ?? [];
  const max = Math.max(1, ...buckets.map((x) => Math.max(x.cooperation, x.conflict)));
  const openBucket = buckets.find((x) => x.start === open);
  // The pair charted stays pickable even when it is not among the 200 most reported entities (a shared link).
  const options: Array<{ id: string; name: string; kind: keyof typeof ENTITY_STYLE | null }> = [...list];
  for (const e of dyad.data ? [dyad.data.dyad.a, dyad.data.dyad.b] : [])
    if (!options.some((c) => c.id === e.id)) options.push({ id: e.id, name: e.name, kind: null });
  const loadingPair = !pair && busiest.loading;
  const noEvents = !pair && busiest.data && !top;
  const W = 760;
  const H = 260;
  const mid = H / 2;
  const bw = buckets.length ? Math.min(48, (W - 40) / buckets.length) : 0;

  return (
    <div className="dyad" data-testid="dyad-view">
      <header className="history-head">
        <div>
          <p className="eyebrow">Dyad · cooperation and conflict per week{pair ? '' : ' · the busiest pair'}</p>
          <h2 data-testid="dyad-title">
            {dyad.data ? `${dyad.data.dyad.a.name} ↔ ${dyad.data.dyad.b.name}` : 'Pick two entities'}
          </h2>
        </div>
        <div className="history-pickers">
          {candidates.error && <ErrorBox error={candidates.error} onRetry={candidates.reload} />}
          {(['A', 'B'] as const).map((side, i) => (
            <label key={side}>
              <span>Entity {side}</span>
              <select
                value={(i === 0 ? a : b) ?? ''}
                onChange={(e) => onPair(i === 0 ? [e.target.value, b ?? ''] : [a ?? '', e.target.value])}
                aria-label={`Entity ${side}`}
                data-testid={`dyad-pick-${side.toLowerCase()}`}
              >
                {!(i === 0 ? a : b) && <option value="">—</option>}
                {options.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                    {c.kind ? ` (${ENTITY_STYLE[c.kind].label.toLowerCase()})` : ''}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </header>
      {loadingPair && <Loading label="Finding the busiest pair…" />}
      {candidates.loading && !loadingPair && <Loading label="Loading entities…" />}
      {busiest.error && <ErrorBox error={busiest.error} onRetry={busiest.reload} />}
      {noEvents && <Empty>No events between two entities yet: pick any two above.</Empty>}
      {a === b && a && <Empty>Pick two different entities.</Empty>}
      {dyad.error && <ErrorBox error={dyad.error} onRetry={dyad.reload} />}
      {dyad.loading && a !== b && <Loading label="Loading events…" />}
      {dyad.data && buckets.length === 0 && <Empty>No events between them.</Empty>}
      {buckets.length > 0 && (
        <div className="card chart-card">
          <svg
            viewBox={`0 0 ${W} ${H + 24}`}
            className="dyad-chart"
            role="img"
            aria-label="Cooperation and conflict events per week"
          >
            <line x1={30} x2={W} y1={mid} y2={mid} className="axis" />
            <text x={0} y={14} className="tick-label">
              cooperation
            </text>
            <text x={0} y={H - 4} className="tick-label">
              conflict
            </text>
            {buckets.map((x, i) => {
              const bx = 40 + i * bw;
              const hc = (x.cooperation / max) * (mid - 16);
              const hk = (x.conflict / max) * (mid - 16);
              return (
                <g
                  key={x.start}
                  className={`dyad-bar ${open === x.start ? 'open' : ''}`}
                  data-testid="dyad-bar"
                  onClick={() => setOpen(open === x.start ? null : x.start)}
                  role="button"
                  aria-label={`Week of ${x.start}: ${x.cooperation} cooperation, ${x.conflict} conflict`}
                >
                  <title>{`Week of ${x.start}: ${x.cooperation} cooperation (${x.verbalCooperation} verbal, ${x.materialCooperation} material), ${x.conflict} conflict (${x.verbalConflict} verbal, ${x.materialConflict} material)`}</title>
                  <rect x={bx} y={16} width={bw - 3} height={H - 32} className="hit" />
                  <rect x={bx} y={mid - hc} width={bw - 3} height={hc} className="coop" />
                  <rect x={bx} y={mid} width={bw - 3} height={hk} className="conflict" />
                  {i % Math.max(1, Math.ceil(buckets.length / 8)) === 0 && (
                    <text x={bx} y={H + 18} className="tick-label">
                      {dayLabel(dayNumber(x.start))}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <p className="muted small">
            Click a week to list its events. Blue above: cooperation; orange below: conflict (threats included, see
            modality).
          </p>
        </div>
      )}
      {openBucket && (
        <section>
          <h3>
            Week of {dayLabel(dayNumber(openBucket.start))} — {plural(openBucket.events.length, 'event')}
          </h3>
          {openBucket.events.map((e) => (
            <EventCard key={e.id} event={e} onOpenArticle={onOpenArticle} onOpenEntity={onOpenEntity} />
          ))}
        </section>
      )}
    </div>
  );
}
