import { useMemo } from 'react';

/**
 * The same array while its values stay the same: the view state hands over a new array on every change (even
 * when a filter list did not change), and a memo keyed on it would rebuild the network each time. Keyed on the
 * joined values and rebuilt from them, so hooks that use the list can name it in their dependencies as it is.
 * Values are vocabulary names (kinds, event types): they never hold the separator.
 */
export function useListByValue<T extends string>(list: readonly T[]): readonly T[] {
  const key = list.join('\n');
  return useMemo(() => (key ? (key.split('\n') as T[]) : []), [key]);
}
