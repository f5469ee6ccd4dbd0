import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState } from './urlState.ts';
import { DEFAULT_VIEW, type ViewState } from './viewState.ts';

describe('URL state', () => {
  it('the default view is the bare URL', () => {
    expect(encodeViewState(DEFAULT_VIEW)).toBe('');
    expect(decodeViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips a full view', () => {
    const state: ViewState = {
      view: 'statements',
      selected: ['person:claudia-sheinbaum', 'person:nicolas-maduro'],
      edge: ['person:marco-rubio', 'person:juan-ramon-de-la-fuente'],
      expanded: ['country:MX'],
      window: { from: '2026-01-09', to: '2026-01-10' },
      axis: 'PUBLISHED',
      entityKinds: ['PERSON', 'COUNTRY'],
      edgeKinds: [],
      eventTypes: ['THREATEN', 'CONSULT'],
      modalities: ['THREATENED'],
      minWeight: 3,
      undated: false,
      speaker: 'person:claudia-sheinbaum',
      topic: 'country:US',
      dyad: ['country:US', 'country:MX'],
      article: 'article:abc',
    };
    const search = encodeViewState(state);
    expect(search).toContain('win=2026-01-09..2026-01-10');
    expect(search).toContain('edges=all');
    expect(search).toContain('undated=hide');
    expect(decodeViewState(search)).toEqual(state);
  });

  it('ignores what it does not understand instead of failing', () => {
    const s = decodeViewState(
      '?view=bogus&win=2026-02-10..2026-01-01&kinds=PERSON,ALIEN&minw=-4&axis=SIDEWAYS&sel=a,b,c&dyad=onlyone',
    );
    expect(s.view).toBe('network');
    expect(s.window).toBeNull();
    expect(s.entityKinds).toEqual(['PERSON']);
    expect(s.minWeight).toBe(1);
    expect(s.axis).toBe('EVENT');
    expect(s.selected).toEqual(['a', 'b']);
    expect(s.dyad).toBeNull();
  });
});
