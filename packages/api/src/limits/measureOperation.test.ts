import { buildSchema, parse, type OperationDefinitionNode, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../schema.ts';
import { measureCounters, measureOperation, selectionsIn } from './measureOperation.ts';

const schema = buildSchema(typeDefs);
const measure = (q: string) => {
  const doc = parse(q);
  return measureOperation(
    schema,
    doc,
    doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode,
  );
};

/** n fragments, each spreading the next twice: 2^n fields when inlined, about 60 bytes per level as written. */
export const fragmentBomb = (n: number) =>
  `query Bomb { entity(id: "country:MX") { ...F0 } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Entity { name ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Entity { id }`;

/**
 * Fails, naming the guard, when measuring `q` walks more selections than the document holds. On a small bomb a broken
 * memo costs a bounded 2^(n+1) walks and this fails at once; on the 2^40 bomb it would never return — so every test
 * that measures a big bomb calls this on a small one first.
 */
function expectEachSelectionWalkedOnce(q: string) {
  const before = measureCounters.selectionsWalked;
  measure(q);
  const walked = measureCounters.selectionsWalked - before;
  const written = selectionsIn(parse(q));
  expect(
    walked,
    `fragment-spread memo broken: measuring walked ${walked} selections of a document that holds ${written} (each fragment must be measured once, not per spread)`,
  ).toBeLessThanOrEqual(written);
}

describe('measureOperation', () => {
  it('counts depth like graphql-depth-limit (top-level fields at 0) and ignores introspection', () => {
    expect(measure('{ stats { articles } }').depth).toBe(1);
    expect(measure('{ entity(id: "x") { statements { edges { node { text } } } } }').depth).toBe(4);
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }').depth).toBe(0);
  });

  it('walks each selection of the document once, however often its fragment is spread (the fragment-spread memo)', () => {
    // 2^15 fields once inlined; without the memo about 2^16 fragment walks: bounded, so a broken memo fails here.
    expectEachSelectionWalkedOnce(fragmentBomb(14));
  });

  it('counts fields and aliases with fragments inlined, without expanding them (2^40 in one walk)', () => {
    expectEachSelectionWalkedOnce(fragmentBomb(14)); // before the 2^40 bomb, which never returns without the memo
    expectEachSelectionWalkedOnce(fragmentBomb(40));
    const m = measure(fragmentBomb(40));
    expect(m.fields).toBeGreaterThan(2 ** 40);
    expect(Number.isFinite(m.work) && Number.isFinite(m.fields)).toBe(true);
    const huge = measure(fragmentBomb(2000)); // saturates instead of reaching Infinity/NaN
    expect(huge.fields).toBe(1e15);
    expect(measure('{ a: stats { articles } b: stats { x: articles } }').aliases).toBe(3);
  });

  it('survives fragment cycles (graphql reports them; this walk must only not loop)', () => {
    expect(measure('query { ...A } fragment A on Query { stats { articles } ...A }').fields).toBe(2);
    expect(
      measure('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A stats { articles } }').fields,
    ).toBe(2);
  });
});
