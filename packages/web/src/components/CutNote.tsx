import type { EdgeKind } from '../api/queries.ts';
import { EDGE_STYLE } from '../network/palette.ts';
import { plural } from '../text/plural.ts';

/**
 * What the network request left out and how to get it: "Showing 1 500 of 4 210 event/statement/role connections —
 * narrow the time window or raise the limit". The kinds named are the ones asked for (empty = all four).
 */
export function CutNote({ shown, total, kinds }: { shown: number; total: number | null; kinds: readonly EdgeKind[] }) {
  const names = (kinds.length ? kinds : (Object.keys(EDGE_STYLE) as EdgeKind[]))
    .map((k) => EDGE_STYLE[k].label.toLowerCase())
    .join('/');
  const count =
    total === null
      ? `the ${plural(shown, `heaviest ${names} connection`)}`
      : `${shown.toLocaleString('en-GB').replace(/,/g, ' ')} of ${plural(total, `${names} connection`)}`;
  return (
    <div className="canvas-note" data-testid="cut-note" role="status">
      Showing {count} — narrow the time window, filter kinds, or raise the limit (API{' '}
      <code>
        network(input: {'{'} limit {'}'})
      </code>
      ) to see the rest.
    </div>
  );
}
