import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '@newsgraph/graph';
import { variedFacts } from './variedFacts.ts';

const evidence = { sentence: 's', start: 0, end: 1, confidence: 0.9 };

function sampleArticle(n: number): ArticleFacts {
  const article = {
    id: `article:${n}`,
    url: `https://example.org/${n}`,
    title: `t${n}`,
    source: 'Wire',
    outlet: 'Wire',
    publishedAt: '2026-01-05',
    publishedAtPrecision: 'day' as const,
    publishedAtText: '2026-01-05',
    externalId: null,
    contentHash: `h${n}`,
    text: 'text',
    language: 'en',
    extractorVersion: 'v',
    bodyStart: 0,
    bodyEnd: 4,
    origin: null,
  };
  const person = {
    id: 'person:ana',
    kind: 'Person' as const,
    name: 'Ana',
    aliases: [],
    iso2: null,
    keys: ['person:full:ana'],
    upgradeName: false,
  };
  const country = {
    id: 'country:FR',
    kind: 'Country' as const,
    name: 'France',
    aliases: [],
    iso2: 'FR',
    keys: ['country:iso:FR'],
    upgradeName: false,
  };
  return {
    article,
    entities: [person, country],
    mentions: [person, country].map((e) => ({
      entityId: e.id,
      offsets: [0, 1],
      referenceOffsets: [],
      names: [e.name],
    })),
    roles: [{ personId: person.id, ofId: country.id, title: 'President', former: false, start: 0, end: 1 }],
    events: [
      {
        ...evidence,
        id: `event:${n}`,
        type: 'THREATEN',
        code: '13',
        quad: 'verbal_conflict',
        label: 'x',
        date: null,
        datePrecision: null,
        dateText: null,
        summary: 'x',
        modality: 'asserted',
        evidence: 'x',
        sourceIds: [person.id],
        targetIds: [country.id],
        locationIds: [],
      },
    ],
    statements: [],
    comments: [{ id: `comment:${n}`, index: 0, text: 'c', start: 0, end: 1, mentionIds: [person.id] }],
  };
}

describe('variedFacts (write-alone benchmark input)', () => {
  const sample = [sampleArticle(1), sampleArticle(2)];
  const all = [...variedFacts(sample, 10)];

  it('yields exactly the asked number of articles, each with its own id, the sample itself first', () => {
    expect(all).toHaveLength(10);
    expect(new Set(all.map((f) => f.article.id)).size).toBe(10);
    expect(all.slice(0, 2)).toEqual(sample);
    expect(new Set(all.map((f) => f.comments[0]!.id)).size).toBe(10);
  });

  it('keeps countries shared, multiplies people, and lets copies 2k and 2k+1 report the same facts', () => {
    const copy = (c: number) => all[c * 2]!; // sample article 1, copy c
    expect(new Set(all.map((f) => f.entities.find((e) => e.kind === 'Country')!.id))).toEqual(new Set(['country:FR']));
    expect(copy(2).entities[0]!.id).toBe('person:ana~1');
    expect(copy(2).entities[0]!.keys).toEqual(['person:full:ana~1']);
    expect(copy(3).events[0]).toEqual(copy(2).events[0]);
    expect(copy(4).events[0]!.id).not.toBe(copy(2).events[0]!.id);
    // Every reference follows its entity's new id.
    expect(copy(4).events[0]!.sourceIds).toEqual([copy(4).entities[0]!.id]);
    expect(copy(4).roles[0]!.personId).toBe(copy(4).entities[0]!.id);
    expect(copy(4).mentions.map((m) => m.entityId)).toEqual(copy(4).entities.map((e) => e.id));
  });

  it('refuses an empty sample', () => {
    expect(() => [...variedFacts([], 1)]).toThrow(/at least one/);
  });
});
