import type { EdgeKind, EntityKind, EventType, Modality } from '../api/queries.ts';
import { EDGE_KINDS, ENTITY_KINDS } from '../network/networkTypes.ts';
import { EDGE_STYLE, ENTITY_STYLE } from '../network/palette.ts';
import { EVENT_TYPES, MODALITIES } from '../state/urlState.ts';
import { DEFAULT_VIEW } from '../state/viewState.ts';
import { KindIcon } from './KindBadge.tsx';

export interface Filters {
  entityKinds: EntityKind[];
  edgeKinds: EdgeKind[];
  eventTypes: EventType[];
  modalities: Modality[];
  minWeight: number;
}

/** Empty selection means "all": toggling from all starts a selection of everything but the clicked one. */
function toggle<T>(all: readonly T[], current: readonly T[], value: T): T[] {
  const base = current.length === 0 ? [...all] : [...current];
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  return next.length === all.length ? [] : next;
}

const on = <T,>(current: readonly T[], v: T): boolean => current.length === 0 || current.includes(v);

/** Legend and filters in one place: each legend row is also the switch for its kind. */
export function FilterPanel({
  filters,
  onChange,
  counts,
}: {
  filters: Filters;
  onChange: (f: Partial<Filters>) => void;
  counts: Partial<Record<EntityKind, number>>;
}) {
  const edgeChanged = filters.edgeKinds.join(',') !== DEFAULT_VIEW.edgeKinds.join(',') ? 1 : 0;
  // Kinds are stored as the ones kept, so count those switched off: unticking one kind is one filter, not four.
  const kindsOff = filters.entityKinds.length ? ENTITY_KINDS.length - filters.entityKinds.length : 0;
  const active =
    kindsOff + edgeChanged + filters.eventTypes.length + filters.modalities.length + (filters.minWeight > 1 ? 1 : 0);
  return (
    <aside className="filters" aria-label="Legend and filters" data-testid="filters">
      <div className="filters-head">
        <h3>Entities</h3>
        {active > 0 && (
          <button
            type="button"
            className="link small"
            onClick={() =>
              onChange({
                entityKinds: [],
                edgeKinds: [...DEFAULT_VIEW.edgeKinds],
                eventTypes: [],
                modalities: [],
                minWeight: 1,
              })
            }
          >
            Reset {active}
          </button>
        )}
      </div>
      <ul className="legend">
        {ENTITY_KINDS.map((k) => (
          <li key={k}>
            <label className={on(filters.entityKinds, k) ? '' : 'off'}>
              <input
                type="checkbox"
                checked={on(filters.entityKinds, k)}
                onChange={() => onChange({ entityKinds: toggle(ENTITY_KINDS, filters.entityKinds, k) })}
              />
              <KindIcon kind={k} size={12} />
              <span>{ENTITY_STYLE[k].label}</span>
              <span className="count">{counts[k] ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      <h3>Connections</h3>
      <ul className="legend">
        {EDGE_KINDS.map((k) => (
          <li key={k}>
            <label className={on(filters.edgeKinds, k) ? '' : 'off'}>
              <input
                type="checkbox"
                checked={on(filters.edgeKinds, k)}
                onChange={() => onChange({ edgeKinds: toggle(EDGE_KINDS, filters.edgeKinds, k) })}
              />
              <svg width="22" height="8" aria-hidden="true">
                <line
                  x1="1"
                  x2="21"
                  y1="4"
                  y2="4"
                  stroke={EDGE_STYLE[k].color}
                  strokeWidth="2.5"
                  strokeDasharray={
                    EDGE_STYLE[k].lineStyle === 'dashed'
                      ? '5 3'
                      : EDGE_STYLE[k].lineStyle === 'dotted'
                        ? '1.5 3'
                        : undefined
                  }
                />
              </svg>
              <span>{EDGE_STYLE[k].label}</span>
            </label>
          </li>
        ))}
      </ul>
      <h3>
        Minimum weight <span className="count">{filters.minWeight}</span>
      </h3>
      <input
        type="range"
        min={1}
        max={10}
        value={filters.minWeight}
        onChange={(e) => onChange({ minWeight: Number(e.target.value) })}
        aria-label="Minimum edge weight"
      />
      <h3>Event types</h3>
      <div className="chips">
        {EVENT_TYPES.map((t) => (
          <button
            key={t}
            type="button"
            className={`chip ${filters.eventTypes.includes(t) ? 'on' : ''}`}
            aria-pressed={filters.eventTypes.includes(t)}
            onClick={() =>
              onChange({
                eventTypes: filters.eventTypes.includes(t)
                  ? filters.eventTypes.filter((x) => x !== t)
                  : [...filters.eventTypes, t],
              })
            }
          >
            {t.toLowerCase()}
          </button>
        ))}
      </div>
      <h3>Modality</h3>
      <div className="chips">
        {MODALITIES.map((m) => (
          <button
            key={m}
            type="button"
            className={`chip ${filters.modalities.includes(m) ? 'on' : ''}`}
            aria-pressed={filters.modalities.includes(m)}
            onClick={() =>
              onChange({
                modalities: filters.modalities.includes(m)
                  ? filters.modalities.filter((x) => x !== m)
                  : [...filters.modalities, m],
              })
            }
          >
            {m.toLowerCase()}
          </button>
        ))}
      </div>
      <p className="hint">Event-type and modality filters apply to event connections; none selected means all.</p>
    </aside>
  );
}
