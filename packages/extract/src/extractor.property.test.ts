import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from './article/prepareArticle.ts';
import { ExtractInputError } from './errors.ts';
import { createExtractor, type Extractor } from './extractor.ts';
import { validateExtraction } from './validateExtraction.ts';

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});
afterAll(() => extractor.close());

// Every generated text goes through the real spaCy parse; seeded so a failure replays.
const runs = (numRuns: number) => ({ numRuns, seed: 20261126 });

const check = async (text: string, publishedAt?: string) => {
  const x = await extractor.extract({ text, ...(publishedAt ? { publishedAt } : {}) });
  const v = validateExtraction(x);
  if (!v.valid) throw new Error(`${v.errors.join('; ')} for ${JSON.stringify(text.slice(0, 200))}`);
  expect(x.text).toBe(text);
  return x;
};

const fragments = [
  'U.S. President Donald Trump said on Monday',
  '“We will respond,” she said.',
  '"Unbalanced quote',
  '“nested “quotes” inside”',
  "Major 's",
  'Major ’s',
  'REUTERS - PRESIDENT WARNS OF STRIKES',
  'Mexico',
  'Mexican',
  '\u200b',
  '\u200f',
  '\u202e',
  '🇲🇽🙂',
  '<script>alert("x")</script>',
  '<p>HTML</p>',
  ' ',
  '\n',
  '.',
  ',',
  'Sheinbaum',
  'the president',
  'he',
  'she',
  'Thursday night',
  '8 Comments',
  'Fact Checker',
  'Listen to the article',
  'attacked',
  'threatened to strike',
  'in Venezuela',
  'de la Fuente',
  '\u0000',
  '\ufffd',
  'Ñandú',
  'Secretary of State',
  'called for',
  '”',
  '“',
  '«',
  '»',
  "'",
  '"',
];

describe('extractArticle on bad input', () => {
  it('returns a valid Extraction for arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (s) => {
        await check(s);
      }),
      runs(300),
    );
  });

  it('returns a valid Extraction for soups of tricky fragments, with and without a publication date', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...fragments), { maxLength: 60 }),
        fc.boolean(),
        async (parts, dated) => {
          await check(parts.join(' '), dated ? '2026-01-09' : undefined);
        },
      ),
      runs(300),
    );
  });

  it('handles binary bytes decoded as text, empty text and text without quotes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await check(Buffer.from(bytes).toString('utf8'));
      }),
      runs(100),
    );
    expect((await check('')).entities).toEqual([]);
    const x = await check('Mexico and Cuba signed an agreement. No quotes appear anywhere in this text.', '2026-01-09');
    expect(x.statements).toEqual([]);
  });

  it('copes with ALL-CAPS headlines, tokenised wire text and one sentence on its own', async () => {
    const caps = await check('MEXICAN PRESIDENT TOUTS ANTI-CARTEL PROGRESS AMID TRUMP INTERVENTION THREATS');
    expect(caps.entities.every((e) => e.kind !== 'Person')).toBe(true);
    const wire = await check("Major 's government said Mexico 's army attacked rebels .", '2026-01-09');
    expect(wire.entities.map((e) => e.id)).toContain('country:MX');
    await check('She said.');
  });

  it('takes a long article in chunks, and refuses one over the size limit with a typed error', async () => {
    // ~400 KB: several parse chunks, so offsets must survive the chunk joins.
    const para =
      'Mexican President Claudia Sheinbaum said on Monday that “the talks went well,” and urged U.S. officials to act.\n';
    const big = para.repeat(Math.ceil((400 * 1024) / para.length));
    const x = await check(big, '2026-01-09');
    const sheinbaum = x.entities.find((e) => e.id === 'person:claudia-sheinbaum')!;
    expect(sheinbaum.mentions.length).toBeGreaterThan(3000);
    for (const m of sheinbaum.mentions.slice(-50)) expect(x.text.slice(m.start, m.end)).toBe('Claudia Sheinbaum');
    await expect(extractor.extract({ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
  }, 300_000);

  it('dates nothing relative to a publication known only to the year or month', async () => {
    const text = 'Mexico and Cuba signed an agreement on Monday. Cuba accused Mexico of delays in March 2025.';
    for (const publishedAt of ['2026', '2026-03']) {
      const x = await check(text, publishedAt);
      const dates = x.events.map((e) => e.date?.value ?? null);
      expect(
        dates.every((d) => d === null || d === '2025-03'),
        `${publishedAt}: ${JSON.stringify(dates)}`,
      ).toBe(true);
    }
  });

  it('refuses non-text and bad dates with a typed error', async () => {
    await expect(extractor.extract({ text: 42 as unknown as string })).rejects.toThrow(ExtractInputError);
    await expect(extractor.extract({ text: 'x', publishedAt: 'next tuesday' })).rejects.toThrow(/publishedAt/);
  });
});
