import { describe, expect, it } from 'vitest';
import { gql, useSeededServer } from '../support/server.ts';

const PATH = `query P($from: ID!, $to: ID!, $kinds: [EdgeKind!], $max: Int, $window: TimeWindow) {
  path(fromId: $from, toId: $to, edgeKinds: $kinds, maxHops: $max, window: $window, first: 3) {
    length nodes { id name } steps { from { id } to { id } edges { kind source target dates label } } } }`;

describe('path', () => {
  const seeded = useSeededServer();

  it('Sheinbaum and Maduro are one step apart through the article that mentions both', async () => {
    const r = await gql(seeded.server.url, PATH, { from: 'person:claudia-sheinbaum', to: 'person:nicolas-maduro' });
    expect(r.errors).toBeUndefined();
    const [p] = r.data!.path;
    expect(p.length).toBe(1);
    expect(p.steps[0].edges.map((e: any) => e.kind)).toContain('CO_MENTION');
  });

  it('through facts only, the path goes via the United States and Venezuela with the evidence of each step', async () => {
    const r = await gql(seeded.server.url, PATH, {
      from: 'person:claudia-sheinbaum',
      to: 'person:nicolas-maduro',
      kinds: ['EVENT', 'STATEMENT', 'ROLE'],
    });
    expect(r.errors).toBeUndefined();
    const paths = r.data!.path;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0].id).toBe('person:claudia-sheinbaum');
      expect(p.nodes.at(-1).id).toBe('person:nicolas-maduro');
      expect(p.length).toBe(p.nodes.length - 1);
      expect(p.nodes.map((n: any) => n.id)).toContain('country:VE');
      for (const step of p.steps) {
        expect(step.edges.length).toBeGreaterThan(0);
        for (const e of step.edges) {
          expect(['EVENT', 'STATEMENT', 'ROLE']).toContain(e.kind);
          expect([e.source, e.target].sort()).toEqual([step.from.id, step.to.id].sort());
        }
      }
    }
    const same = paths[0].length;
    expect(paths.every((p: any) => p.length === same)).toBe(true);
  });

  it('no path within too few hops or outside the window is an empty list', async () => {
    const short = await gql(seeded.server.url, PATH, {
      from: 'person:claudia-sheinbaum',
      to: 'person:nicolas-maduro',
      kinds: ['EVENT', 'STATEMENT', 'ROLE'],
      max: 1,
    });
    expect(short.data!.path).toEqual([]);
    const early = await gql(seeded.server.url, PATH, {
      from: 'person:claudia-sheinbaum',
      to: 'person:nicolas-maduro',
      window: { to: '2025-12-31' },
    });
    expect(early.data!.path).toEqual([]);
  });
});
