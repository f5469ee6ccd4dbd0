import type { EntityKind } from '../api/queries.ts';
import { ENTITY_STYLE } from '../network/palette.ts';

/** Kind marker used everywhere an entity is named: the same colour and shape as on the canvas. */
export function KindIcon({ kind, size = 10 }: { kind: EntityKind; size?: number }) {
  const { color, shape } = ENTITY_STYLE[kind];
  const s = size;
  const h = s / 2;
  let path: string;
  if (shape.includes('hexagon'))
    path = `M${h * 0.5},0 L${h * 1.5},0 L${s},${h} L${h * 1.5},${s} L${h * 0.5},${s} L0,${h} Z`;
  else if (shape.includes('diamond')) path = `M${h},0 L${s},${h} L${h},${s} L0,${h} Z`;
  else if (shape.includes('triangle')) path = `M${h},0 L${s},${s} L0,${s} Z`;
  else if (shape.includes('rectangle')) path = `M1,1 L${s - 1},1 L${s - 1},${s - 1} L1,${s - 1} Z`;
  else path = '';
  return (
    <svg className="kind-icon" width={s} height={s} viewBox={`0 0 ${s} ${s}`} aria-hidden="true">
      {path ? <path d={path} fill={color} /> : <circle cx={h} cy={h} r={h} fill={color} />}
    </svg>
  );
}

export function KindBadge({ kind }: { kind: EntityKind }) {
  return (
    <span className="kind-badge">
      <KindIcon kind={kind} />
      {ENTITY_STYLE[kind].label}
    </span>
  );
}

/** An entity name with its kind icon; clickable when onOpen is given. */
export function EntityChip({
  entity,
  onOpen,
}: {
  entity: { id: string; name: string; kind: EntityKind };
  onOpen?: (id: string) => void;
}) {
  const content = (
    <>
      <KindIcon kind={entity.kind} />
      {entity.name}
    </>
  );
  return onOpen ? (
    <button
      type="button"
      className="entity-chip"
      onClick={() => onOpen(entity.id)}
      title={`${ENTITY_STYLE[entity.kind].label} · ${entity.id}`}
    >
      {content}
    </button>
  ) : (
    <span className="entity-chip">{content}</span>
  );
}
