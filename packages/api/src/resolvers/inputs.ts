import type { DateWindow, NetworkQuery } from '@newsgraph/graph';
import { badInput } from '../errors.ts';
import type { NetworkInput, TimeWindow } from '../generated/graphql.ts';

/** A window with from ≤ to (Date scalars already checked the format). */
export function checkWindow(window: TimeWindow | null | undefined, argument = 'window'): DateWindow | null {
  if (!window) return null;
  if (window.from && window.to && window.from > window.to)
    throw badInput(`${argument}: from (${window.from}) is after to (${window.to}).`, { argument });
  return { from: window.from ?? null, to: window.to ?? null };
}

export function checkRange(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  argument: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max)
    throw badInput(`${argument} must be an integer from ${min} to ${max} (got ${n}).`, { argument, min, max });
  return n;
}

export const MAX_NETWORK_EDGES = 20_000;

/** NetworkInput → the reader's query, with every bound checked. */
export function networkQuery(input: NetworkInput): NetworkQuery {
  return {
    centerIds: input.centerIds ?? null,
    hops: checkRange(input.hops, 1, 1, 3, 'hops'),
    window: checkWindow(input.window),
    timeAxis: input.timeAxis,
    entityKinds: input.entityKinds ?? null,
    edgeKinds: input.edgeKinds ?? null,
    eventTypes: input.eventTypes ?? null,
    modalities: input.modalities ?? null,
    minWeight: checkRange(input.minWeight, 1, 1, 1_000_000, 'minWeight'),
    minSources: checkRange(input.minSources, 1, 1, 10_000, 'minSources'),
    limit: checkRange(input.limit, 2000, 1, MAX_NETWORK_EDGES, 'limit'),
  };
}
