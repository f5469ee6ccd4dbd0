import { EVENT_TYPES, MODALITIES as MODEL_MODALITIES } from '@newsgraph/model/vocabulary';
import { asGraphqlEnum } from '../api/graphqlEnum.ts';
import { EDGE_KINDS, ENTITY_KINDS } from '../network/networkTypes.ts';
import { DEFAULT_VIEW, type ViewName, type ViewState } from './viewState.ts';

const VIEWS: readonly ViewName[] = ['network', 'statements', 'dyad'];
const MODALITIES = asGraphqlEnum(MODEL_MODALITIES);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The view as a query string: only what differs from the default, so links stay short. */
export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW.view) p.set('view', state.view);
  if (state.selected.length) p.set('sel', state.selected.join(','));
  if (state.edge) p.set('edge', state.edge.join(','));
  if (state.expanded.length) p.set('exp', state.expanded.join(','));
  if (state.window) p.set('win', `${state.window.from}..${state.window.to}`);
  if (state.axis !== DEFAULT_VIEW.axis) p.set('axis', state.axis);
  if (state.entityKinds.length) p.set('kinds', state.entityKinds.join(','));
  if (state.edgeKinds.join(',') !== DEFAULT_VIEW.edgeKinds.join(','))
    p.set('edges', state.edgeKinds.length ? state.edgeKinds.join(',') : 'all');
  if (state.eventTypes.length) p.set('types', state.eventTypes.join(','));
  if (state.modalities.length) p.set('mod', state.modalities.join(','));
  if (state.minWeight !== DEFAULT_VIEW.minWeight) p.set('minw', String(state.minWeight));
  if (!state.undated) p.set('undated', 'hide');
  if (state.speaker) p.set('speaker', state.speaker);
  if (state.topic) p.set('topic', state.topic);
  if (state.dyad) p.set('dyad', state.dyad.join(','));
  if (state.article) p.set('article', state.article);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Parse a query string; anything unknown or malformed falls back to the default rather than failing. */
export function decodeViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const list = (key: string): string[] =>
    (p.get(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const oneOf = <T extends string>(values: readonly T[], key: string): T[] =>
    list(key).filter((v): v is T => (values as readonly string[]).includes(v));
  const pair = (key: string): [string, string] | null => {
    const [a, b] = list(key);
    return a && b ? [a, b] : null;
  };
  const view = p.get('view');
  const win = (p.get('win') ?? '').split('..');
  const minWeight = Number(p.get('minw'));
  const axis = p.get('axis');
  return {
    view: VIEWS.includes(view as ViewName) ? (view as ViewName) : DEFAULT_VIEW.view,
    selected: list('sel').slice(0, 2),
    edge: pair('edge'),
    expanded: list('exp'),
    window:
      win.length === 2 && ISO_DAY.test(win[0]!) && ISO_DAY.test(win[1]!) && win[0]! <= win[1]!
        ? { from: win[0]!, to: win[1]! }
        : null,
    axis: axis === 'PUBLISHED' ? 'PUBLISHED' : 'EVENT',
    entityKinds: oneOf(ENTITY_KINDS, 'kinds'),
    edgeKinds:
      p.get('edges') === 'all' ? [] : p.has('edges') ? oneOf(EDGE_KINDS, 'edges') : [...DEFAULT_VIEW.edgeKinds],
    eventTypes: oneOf(EVENT_TYPES, 'types'),
    modalities: oneOf(MODALITIES, 'mod'),
    minWeight: Number.isInteger(minWeight) && minWeight >= 1 ? minWeight : DEFAULT_VIEW.minWeight,
    undated: p.get('undated') !== 'hide',
    speaker: p.get('speaker') || null,
    topic: p.get('topic') || null,
    dyad: pair('dyad'),
    article: p.get('article') || null,
  };
}

export { EVENT_TYPES, MODALITIES };
