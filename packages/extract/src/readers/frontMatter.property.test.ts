import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractInputError } from '../errors.ts';
import { readMarkdownArticle } from './readMarkdownArticle.ts';

const g = globalThis as { __ngPropertyRan?: boolean };
// Pieces an attacker would combine: language tags, code, YAML tags/anchors/merge keys, prototype keys, fences.
const language = fc.constantFrom(
  '',
  'yaml',
  'yml',
  'js',
  'javascript',
  'coffee',
  'json',
  'toml',
  ' js',
  'JS',
  '__proto__',
  'constructor',
  '-',
);
const piece = fc.constantFrom(
  '(globalThis.__ngPropertyRan = true, {})',
  'title: T',
  'title: !!js/function "function () { globalThis.__ngPropertyRan = true }"',
  'x: !!js/undefined ""',
  '__proto__: { polluted: true }',
  'constructor: { prototype: { polluted: true } }',
  'a: &a [x, x]',
  'b: [*a, *a]',
  '<<: *a',
  'publishedAt: 2026-03-010',
  'date: 2026',
  '---',
  '...',
  '- item',
  '"unclosed',
  '[[[[',
  '{ a: 1',
  'k: v',
  '\t',
  '',
);
const markdown = fc
  .tuple(
    fc.boolean(),
    language,
    fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 8 }),
    fc.boolean(),
    fc.string({ maxLength: 40 }),
  )
  .map(
    ([bom, lang, lines, closed, body]) =>
      `${bom ? '\uFEFF' : ''}---${lang}\n${lines.join('\n')}\n${closed ? '---\n' : ''}${body}`,
  );

describe('front matter reader, property', () => {
  it('never runs code, never pollutes prototypes, and throws nothing but ExtractInputError (10 000 seeded cases)', () => {
    fc.assert(
      fc.property(fc.oneof(markdown, fc.string({ maxLength: 200 })), (input) => {
        try {
          const a = readMarkdownArticle(input);
          expect(typeof a.text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(ExtractInputError);
          expect(
            (error as ExtractInputError).code === 'UNREADABLE' || (error as ExtractInputError).code === 'BAD_DATE',
          ).toBe(true);
        }
        expect(g.__ngPropertyRan).toBeUndefined();
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: 10_000, seed: 20260312 },
    );
  });
});
