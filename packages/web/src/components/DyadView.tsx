import { useState } from 'react';
import { Q, type TimeAxis } from '../api/queries.ts';
import { useApi } from '../hooks/useApi.ts';
import { EventCard } from './FactCards.tsx';
import { Empty, ErrorBox, Loading } from './States.tsx';

/** Two countries, cooperation above the axis and conflict below, per week; a bar opens its events. */
export function DyadView({ pair, onPair, axis, onOpenArticle, onOpenEntity }: {
  pair: [string, string] | null;
  onPair: (pair: [string, string] | null) => void;
  axis: TimeAxis;
  onOpenArticle: (id: string) => void;
  onOpenEntity: (id: string) => void;
}) {
  const countries = useApi(Q.countries, {});
  const list = countries.data?.entities.edges.map((e) => e.node) ?? [];
  const a = pair?.[0] ?? list[0]?.id ?? null;
  const b = pair?.[1] ?? list.find((c) => c.id !== a)?.id ?? null;
  const dyad = useApi(Q.dyad, a && b && a !== b ? { aId: a, bId: b, bucket: 'WEEK', timeAxis: axis } : null);
  const [open, setOpen] = useState<string | null>(null);
  const buckets = dyad.data?.dyad.buckets ?? [];
  const max = Math.max(1, ...buckets.map((x) => Math.max(x.cooperation, x.conflict)));
  const openBucket = buckets.find((x) => x.start === open);
  // A shared link may pair entities that are not countries (a leader and a country); keep them pickable so the
  // pickers show what is charted instead of a blank.
  const options = [...list];
  for (const e of dyad.data ? [dyad.data.dyad.a, dyad.data.dyad.b] : []) if (!options.some((c) => c.id === e.id)) options.push({ ...e, iso2: null, articleCount: 0 });
  const W = 760;
  const H = 260;
  const mid = H / 2;
  const bw = buckets.length ? Math.min(48, (W - 40) / buckets.length) : 0;

  return (
    <div className="dyad" data-testid="dyad-view">
      <header className="history-head">
        <div>
          <p className="eyebrow">Dyad · cooperation and conflict per week</p>
          <h2>
            {dyad.data ? `${dyad.data.dyad.a.name} ↔ ${dyad.data.dyad.b.name}` : 'Pick two countries'}
          </h2>
        </div>
        <div className="history-pickers">
          {countries.error && <ErrorBox error={countries.error} onRetry={countries.reload} />}
          {(['A', 'B'] as const).map((side, i) => (
            <label key={side}>
              <span>Country {side}</span>
              <select
                value={(i === 0 ? a : b) ?? ''}
                onChange={(e) => onPair(i === 0 ? [e.target.value, b ?? ''] : [a ?? '', e.target.value])}
                aria-label={`Country ${side}`}
              >
                {options.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </header>
      {countries.loading && <Loading label="Loading countries…" />}
      {list.length < 2 && countries.data && <Empty>Fewer than two countries in the graph.</Empty>}
      {a === b && a && <Empty>Pick two different countries.</Empty>}
      {dyad.error && <ErrorBox error={dyad.error} onRetry={dyad.reload} />}
      {dyad.loading && a !== b && <Loading label="Loading events…" />}
      {dyad.data && buckets.length === 0 && <Empty>No events between them.</Empty>}
      {buckets.length > 0 && (
        <div className="card chart-card">
          <svg viewBox={`0 0 ${W} ${H + 24}`} className="dyad-chart" role="img" aria-label="Cooperation and conflict events per week">
            <line x1={30} x2={W} y1={mid} y2={mid} className="axis" />
            <text x={0} y={14} className="tick-label">cooperation</text>
            <text x={0} y={H - 4} className="tick-label">conflict</text>
            {buckets.map((x, i) => {
              const bx = 40 + i * bw;
              const hc = (x.cooperation / max) * (mid - 16);
              const hk = (x.conflict / max) * (mid - 16);
              return (
                <g key={x.start} className={`dyad-bar ${open === x.start ? 'open' : ''}`} onClick={() => setOpen(open === x.start ? null : x.start)} role="button" aria-label={`Week of ${x.start}: ${x.cooperation} cooperation, ${x.conflict} conflict`}>
                  <title>{`Week of ${x.start}: ${x.cooperation} cooperation (${x.verbalCooperation} verbal, ${x.materialCooperation} material), ${x.conflict} conflict (${x.verbalConflict} verbal, ${x.materialConflict} material)`}</title>
                  <rect x={bx} y={16} width={bw - 3} height={H - 32} className="hit" />
                  <rect x={bx} y={mid - hc} width={bw - 3} height={hc} className="coop" />
                  <rect x={bx} y={mid} width={bw - 3} height={hk} className="conflict" />
                  {i % Math.max(1, Math.ceil(buckets.length / 8)) === 0 && (
                    <text x={bx} y={H + 18} className="tick-label">
                      {x.start.slice(5)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <p className="muted small">Click a week to list its events. Blue above: cooperation; orange below: conflict (threats included, see modality).</p>
        </div>
      )}
      {openBucket && (
        <section>
          <h3>
            Week of {openBucket.start} — {openBucket.events.length} event{openBucket.events.length === 1 ? '' : 's'}
          </h3>
          {openBucket.events.map((e) => (
            <EventCard key={e.id} event={e} onOpenArticle={onOpenArticle} onOpenEntity={onOpenEntity} />
          ))}
        </section>
      )}
    </div>
  );
}
