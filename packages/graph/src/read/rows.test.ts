import { describe, expect, it } from 'vitest';
import { articleRow, edgeMomentRows, entityKindOf, entityRow, eventRow, GraphDataError, statementRow } from './rows.ts';

const event = {
  id: 'event:1',
  type: 'CONSULT',
  code: '04',
  quad: 'verbal_cooperation',
  label: 'Consult',
  modality: 'asserted',
  sourceCount: 1,
  articleCount: 1,
};

describe('graph rows: what the writers guarantee, or an error naming the node', () => {
  it('passes a well-formed event through with its vocabulary typed', () => {
    expect(eventRow(event)).toMatchObject({
      id: 'event:1',
      type: 'CONSULT',
      quad: 'verbal_cooperation',
      modality: 'asserted',
      date: null,
      datePrecision: null,
    });
  });
  it('refuses an unknown event type, a missing quad or modality, a missing count — no made-up default', () => {
    expect(() => eventRow({ ...event, type: 'PARTY' })).toThrow(GraphDataError);
    expect(() => eventRow({ ...event, quad: undefined })).toThrow(/event:1.*quad/);
    expect(() => eventRow({ ...event, modality: null })).toThrow(/modality/);
    expect(() => eventRow({ ...event, sourceCount: undefined })).toThrow(/sourceCount/);
    expect(() => statementRow({ id: 's:1', text: 'x', kind: 'rumour', sourceCount: 1, articleCount: 1 })).toThrow(
      /s:1.*kind/,
    );
  });
  it('an entity takes its kind from the property or, on older nodes, the label; neither is an error', () => {
    const p = { id: 'person:a', name: 'A', articleCount: 2 };
    expect(entityRow({ ...p, kind: 'Person' }).kind).toBe('Person');
    expect(entityRow(p, ['Entity', 'Country']).kind).toBe('Country');
    expect(() => entityRow(p, ['Entity'])).toThrow(/person:a.*kind/);
  });
  it('an article without a publication date is placed at its ingest time; without either it is an error', () => {
    const a = { id: 'article:1', title: 'T', textPoints: 4, ingestedAt: '2026-01-09T10:00:00Z' };
    expect(articleRow({ ...a, publishedAtPrecision: 'unknown' })).toMatchObject({
      publishedAt: '2026-01-09T10:00:00Z',
      publishedAtPrecision: 'unknown',
    });
    expect(
      articleRow({ ...a, publishedAt: '2026-01-08T00:00:00Z', publishedAtText: '2026-01-08' }).publishedAtPrecision,
    ).toBe('day');
    expect(() => articleRow({ ...a, ingestedAt: null })).toThrow(/article:1.*publishedAt/);
    expect(() => articleRow({ ...a, title: null })).toThrow(/title/);
  });
  it("an edge's moments carry the model's vocabularies; a bad one is an error naming the edge, not a string passed on", () => {
    const m = {
      date: '2026-01-02',
      published: '2026-01-03',
      factId: 'event:1',
      eventType: 'CONSULT',
      modality: 'asserted',
      quad: 'verbal_cooperation',
      statementKind: null,
      datePrecision: 'day',
      roleTitle: null,
      sourceCount: 2,
      firstSeen: null,
      outlets: ['a.example'],
    };
    const role = { ...m, eventType: null, modality: null, quad: null, datePrecision: null, roleTitle: 'Minister' };
    expect(edgeMomentRows('EVENT:a->b', [m, role])).toEqual([m, role]);
    expect(() => edgeMomentRows('EVENT:a->b', [{ ...m, eventType: 'PARTY' }])).toThrow(GraphDataError);
    expect(() => edgeMomentRows('EVENT:a->b', [m, { ...m, quad: 'friendly' }])).toThrow(/EVENT:a->b.*1\.quad/);
    expect(() => edgeMomentRows('STATEMENT:a->b', [{ ...m, statementKind: 'rumour' }])).toThrow(/statementKind/);
    expect(() => edgeMomentRows('EVENT:a->b', [{ ...m, datePrecision: 'hour' }])).toThrow(/datePrecision/);
    expect(() => edgeMomentRows('EVENT:a->b', [{ ...m, sourceCount: undefined }])).toThrow(/sourceCount/);
  });
  it("a network endpoint's kind is one of the model's entity kinds", () => {
    expect(entityKindOf('Organization', 'org:x')).toBe('Organization');
    expect(() => entityKindOf('Planet', 'planet:x')).toThrow(/planet:x.*kind/);
    expect(() => entityKindOf(null, 'x:1')).toThrow(GraphDataError);
  });
});
