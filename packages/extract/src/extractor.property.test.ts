import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractInputError } from './errors.ts';
import { extractArticle } from './extractArticle.ts';
import { validateExtraction } from './validateExtraction.ts';

const check = (text: string, publishedAt?: string) => {
  const x = extractArticle({ text, ...(publishedAt ? { publishedAt } : {}) });
  const v = validateExtraction(x);
  if (!v.valid) throw new Error(`${v.errors.join('; ')} for ${JSON.stringify(text.slice(0, 200))}`);
  expect(x.text).toBe(text);
  return x;
};

const fragments = [
  'U.S. President Donald Trump said on Monday', '“We will respond,” she said.', '"Unbalanced quote', '“nested “quotes” inside”',
  'Major \'s', 'Major ’s', 'REUTERS - PRESIDENT WARNS OF STRIKES', 'Mexico', 'Mexican', '\u200b', '\u200f', '\u202e', '🇲🇽🙂',
  '<script>alert("x")</script>', '<p>HTML</p>', ' ', '\n', '.', ',', 'Sheinbaum', 'the president', 'he', 'she', 'Thursday night',
  '8 Comments', 'Fact Checker', 'Listen to the article', 'attacked', 'threatened to strike', 'in Venezuela', 'de la Fuente',
  '\u0000', '\ufffd', 'Ñandú', 'Secretary of State', 'called for', '”', '“', '«', '»', '\'', '"',
];

describe('extractArticle on bad input', () => {
  it('returns a valid Extraction for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => { check(s); }), { numRuns: 300 });
  });

  it('returns a valid Extraction for soups of tricky fragments, with and without a publication date', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 60 }), fc.boolean(), (parts, dated) => {
        check(parts.join(' '), dated ? '2026-01-09' : undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('handles binary bytes decoded as text, empty text and text without quotes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => { check(Buffer.from(bytes).toString('utf8')); }), { numRuns: 100 });
    expect(check('').entities).toEqual([]);
    const x = check('Mexico and Cuba signed an agreement. No quotes appear anywhere in this text.', '2026-01-09');
    expect(x.statements).toEqual([]);
  });

  it('copes with ALL-CAPS headlines, tokenised wire text and one sentence on its own', () => {
    const caps = check('MEXICAN PRESIDENT TOUTS ANTI-CARTEL PROGRESS AMID TRUMP INTERVENTION THREATS');
    expect(caps.entities.every((e) => e.kind !== 'Person')).toBe(true);
    const wire = check("Major 's government said Mexico 's army attacked rebels .", '2026-01-09');
    expect(wire.entities.map((e) => e.id)).toContain('country:MX');
    check('She said.');
  });

  it('takes a 20 MB article', () => {
    const para = 'Mexican President Claudia Sheinbaum said on Monday that “the talks went well,” and urged U.S. officials to act.\n';
    const big = para.repeat(Math.ceil((20 * 1024 * 1024) / para.length));
    const x = check(big, '2026-01-09');
    expect(x.entities.find((e) => e.id === 'person:claudia-sheinbaum')!.mentions.length).toBeGreaterThan(100000);
  }, 600_000);

  it('refuses non-text and bad dates with a typed error', () => {
    expect(() => extractArticle({ text: 42 as unknown as string })).toThrow(ExtractInputError);
    expect(() => extractArticle({ text: 'x', publishedAt: 'next tuesday' })).toThrow(/publishedAt/);
  });
});
