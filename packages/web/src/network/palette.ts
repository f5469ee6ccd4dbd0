import type { EdgeKind, EntityKind } from './networkTypes.ts';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), each paired with a distinct
 * shape so that kind never depends on colour alone.
 */
export const ENTITY_STYLE: Record<EntityKind, { color: string; shape: string; label: string }> = {
  PERSON: { color: '#E69F00', shape: 'ellipse', label: 'Person' },
  COUNTRY: { color: '#56B4E9', shape: 'round-hexagon', label: 'Country' },
  ORGANIZATION: { color: '#009E73', shape: 'round-rectangle', label: 'Organisation' },
  LOCATION: { color: '#F0E442', shape: 'round-diamond', label: 'Location' },
  GROUP: { color: '#CC79A7', shape: 'round-triangle', label: 'Group' },
};

/** Edge kinds differ by colour and by line style (solid, dashed, dotted). */
export const EDGE_STYLE: Record<EdgeKind, { color: string; lineStyle: 'solid' | 'dashed' | 'dotted'; label: string }> =
  {
    EVENT: { color: '#E8743B', lineStyle: 'solid', label: 'Event' },
    STATEMENT: { color: '#6CB6FF', lineStyle: 'dashed', label: 'Statement' },
    CO_MENTION: { color: '#8792A8', lineStyle: 'dotted', label: 'Co-mention' },
    ROLE: { color: '#C3A6FF', lineStyle: 'solid', label: 'Role' },
  };
