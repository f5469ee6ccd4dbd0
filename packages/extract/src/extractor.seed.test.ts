import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from './extractor.ts';
import type { Extraction } from './extractionSchema.ts';
import { readMarkdownArticle } from './readers/readMarkdownArticle.ts';
import { validateExtraction } from './validateExtraction.ts';

const SEED = new URL('../../../seed/2026-01-09-mexico-sheinbaum-anti-cartel-progress.md', import.meta.url);
let x: Extraction;
let extractor: Extractor;
const at = (s: { start: number; end: number }) => x.text.slice(s.start, s.end);
const entity = (id: string) => x.entities.find((e) => e.id === id)!;

beforeAll(async () => {
  extractor = createExtractor();
  x = await extractor.extract(readMarkdownArticle(readFileSync(SEED, 'utf8')));
});
afterAll(() => extractor.close());

describe('seed article: Sheinbaum anti-cartel progress', () => {
  it('is valid against schema/extraction.schema.json and deterministic', async () => {
    expect(validateExtraction(x)).toEqual({ valid: true, errors: [] });
    const again = await extractor.extract(readMarkdownArticle(readFileSync(SEED, 'utf8')));
    expect(JSON.stringify(again)).toBe(JSON.stringify(x));
  });

  it('splits off page chrome and the 8 reader comments, and takes no facts from them', () => {
    expect(x.comments).toHaveLength(8);
    expect(at(x.comments[0]!)).toMatch(/^The threat of U\.S\. military action/);
    expect(x.chrome.map((c) => at(c))).toEqual([
      'Listen to the article',
      'Fact Checker',
      'Verify the accuracy of this article using The Disinformation Commission analysis and real-time sources.',
      '8 Comments',
    ]);
    const bodyEnd = x.text.indexOf('Fact Checker');
    for (const e of x.entities)
      for (const m of [...e.mentions, ...e.references]) expect(m.end).toBeLessThanOrEqual(bodyEnd);
    for (const s of x.statements) expect(s.end).toBeLessThanOrEqual(bodyEnd);
    expect(x.entities.some((e) => /Disinformation|Listen|Fact/.test(e.name))).toBe(false);
  });

  it('finds exactly the article entities, with ISO countries and one Sheinbaum', () => {
    expect(x.entities.map((e) => e.id).sort()).toEqual([
      'country:CU',
      'country:MX',
      'country:US',
      'country:VE',
      'group:drug-cartels',
      'location:latin-america',
      'organization:usmca',
      'person:claudia-sheinbaum',
      'person:donald-trump',
      'person:juan-ramon-de-la-fuente',
      'person:marco-rubio',
      'person:nicolas-maduro',
    ]);
    const sheinbaum = entity('person:claudia-sheinbaum');
    expect(sheinbaum.name).toBe('Claudia Sheinbaum');
    expect(new Set(sheinbaum.mentions.map(at))).toEqual(new Set(['Claudia Sheinbaum', 'Sheinbaum']));
    expect(sheinbaum.references.map(at)).toEqual(
      expect.arrayContaining(['She', 'The Mexican president', 'The president', 'she']),
    );
    expect(entity('person:juan-ramon-de-la-fuente').name).toBe('Juan Ramón de la Fuente');
    expect(entity('person:nicolas-maduro').name).toBe('Nicolás Maduro');
    expect(entity('country:US').iso2).toBe('US');
    expect(new Set(entity('country:US').mentions.map(at))).toEqual(new Set(['U.S.', 'American', 'United States']));
    expect(new Set(entity('country:MX').mentions.map(at))).toEqual(new Set(['Mexico', 'Mexican']));
    expect(entity('country:VE').mentions.map(at)).toEqual(['Venezuela', 'Venezuelan']);
  });

  it('reads roles from titles', () => {
    const roles = x.roles.map((r) => [r.personId, r.title, r.ofId]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['person:donald-trump', 'President', 'country:US'],
        ['person:marco-rubio', 'Secretary of State', 'country:US'],
        ['person:juan-ramon-de-la-fuente', 'Foreign Secretary', 'country:MX'],
        ['person:claudia-sheinbaum', 'President', 'country:MX'],
        ['person:nicolas-maduro', 'President', 'country:VE'],
      ]),
    );
    expect(x.roles).toHaveLength(5);
    expect(x.roles.find((r) => r.personId === 'person:nicolas-maduro')!.former).toBe(true);
  });

  it('codes Trump’s threat as THREATEN/threatened against Mexico, not as an assault', () => {
    const threats = x.events.filter((e) => e.type === 'THREATEN');
    expect(threats).toHaveLength(1);
    expect(threats[0]).toMatchObject({
      modality: 'threatened',
      sourceIds: ['person:donald-trump'],
      cameo: '13',
      quad: 'verbal_conflict',
    });
    expect(threats[0]!.targetIds).toContain('country:MX');
    expect(x.events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });

  it('codes the Maduro removal as an asserted ASSAULT in Venezuela with no date', () => {
    const a = x.events.find((e) => e.type === 'ASSAULT')!;
    expect(a).toMatchObject({
      modality: 'asserted',
      sourceIds: ['country:US'],
      locationIds: ['country:VE'],
      date: null,
    });
  });

  it('dates the two calls: Rubio–de la Fuente Thursday night, Sheinbaum–Trump on Monday', () => {
    const consults = x.events.filter((e) => e.type === 'CONSULT');
    expect(consults.map((e) => [e.sourceIds[0], e.targetIds[0], e.date])).toEqual([
      [
        'person:marco-rubio',
        'person:juan-ramon-de-la-fuente',
        { value: '2026-01-08', precision: 'day', text: 'Thursday night' },
      ],
      ['person:claudia-sheinbaum', 'person:donald-trump', { value: '2026-01-05', precision: 'day', text: 'on Monday' }],
    ]);
  });

  it('attributes direct quotes through "she" and "the president", and the joint statement to both officials', () => {
    // A reported request keeps whom it asks ("urged U.S. authorities to intensify efforts"), as the project and
    // Wikinews gold write it, so a statement is found by the words it contains.
    const byQuote = (q: string) =>
      x.statements.find((s) => s.quote.startsWith(q)) ?? x.statements.find((s) => s.quote.includes(q))!;
    expect(byQuote('There are very compelling results')).toMatchObject({
      kind: 'direct',
      verb: 'emphasized',
      speakerIds: ['person:claudia-sheinbaum'],
      date: { value: '2026-01-09' },
    });
    expect(byQuote('The other side also has to do its part')).toMatchObject({
      kind: 'direct',
      verb: 'stated',
      speakerText: 'she',
      speakerIds: ['person:claudia-sheinbaum'],
    });
    expect(byQuote('The other side').quote).toMatch(/education campaigns$/);
    expect(byQuote('the role of drug demand')).toMatchObject({
      kind: 'indirect',
      speakerText: 'The president',
      speakerIds: ['person:claudia-sheinbaum'],
    });
    expect(byQuote('more must be done')).toMatchObject({
      kind: 'direct',
      speakerIds: ['person:marco-rubio', 'person:juan-ramon-de-la-fuente'],
      date: { value: '2026-01-08' },
    });
    expect(byQuote('will now start hitting land')).toMatchObject({
      kind: 'direct',
      speakerIds: ['person:donald-trump'],
      date: null,
    });
    expect(byQuote('to intensify efforts')).toMatchObject({
      kind: 'indirect',
      verb: 'urged',
      aboutIds: expect.arrayContaining(['country:US']),
    });
    expect(byQuote('Mexico’s position')).toMatchObject({
      kind: 'indirect',
      verb: 'reiterated',
      date: { value: '2026-01-05' },
    });
    // Each statement's span in the text is its quote, word for word (the old check compared a span with itself).
    for (const s of x.statements) expect(at(s)).toBe(s.quote);
  });

  it('keeps each statement and event inside its sentence span', () => {
    for (const s of [...x.statements, ...x.events]) {
      expect(s.sentence.start).toBeLessThanOrEqual(s.start);
      expect(s.sentence.end).toBeGreaterThanOrEqual(s.end);
    }
  });
});
