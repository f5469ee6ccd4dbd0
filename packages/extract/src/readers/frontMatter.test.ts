import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractInputError } from '../errors.ts';
import { readFrontMatter } from './frontMatter.ts';
import { parseArticleFile } from './parseArticleFile.ts';
import { readMarkdownArticle } from './readMarkdownArticle.ts';

const dir = mkdtempSync(join(tmpdir(), 'ng-frontmatter-'));
const sentinel = join(dir, 'ran');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// What gray-matter's JavaScript engine would have evaluated: writes a file and sets a global, then returns data.
const payload = `(process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(sentinel)}, 'ran'), globalThis.__ngFrontMatterRan = true, { title: 'pwned' })`;
const g = globalThis as { __ngFrontMatterRan?: boolean };

function expectRefused(markdown: string, pattern: RegExp) {
  let caught: unknown;
  try {
    readMarkdownArticle(markdown);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ExtractInputError);
  expect((caught as ExtractInputError).code).toBe('UNREADABLE');
  expect((caught as Error).message).toMatch(pattern);
}

describe('front matter: only YAML, never code', () => {
  it.each([
    'js',
    'javascript',
    'JS',
    ' js',
    'coffee',
    'coffeescript',
    'json',
    'toml',
    'constructor',
    '__proto__',
    'toString',
  ])('refuses ---%s front matter without running it', (language) => {
    expectRefused(`---${language}\n${payload}\n---\nBody text.\n`, /refused: only YAML/);
    expect(() => parseArticleFile(`---${language}\n${payload}\n---\nBody.\n`, 'a.md')).toThrow(ExtractInputError);
    expect(existsSync(sentinel)).toBe(false);
    expect(g.__ngFrontMatterRan).toBeUndefined();
  });

  it('refuses YAML tags that construct code or objects, and custom tags', () => {
    for (const tagged of [
      'title: !!js/function "function () { globalThis.__ngFrontMatterRan = true }"',
      'title: !!js/undefined ""',
      'title: !!js/regexp /x/',
      'title: !<tag:yaml.org,2002:js/function> "function () {}"',
      'title: !!binary aGVsbG8=',
      'title: !custom x',
    ]) {
      expectRefused(`---\n${tagged}\n---\nBody.\n`, /not valid YAML/);
    }
    expect(g.__ngFrontMatterRan).toBeUndefined();
  });

  it('reads plain YAML (and ---yaml) with dates kept as written', () => {
    const a = readMarkdownArticle('---yaml\ntitle: T\npublishedAt: 2026-01-09\nlanguage: en\n---\nBody.\n');
    expect(a).toMatchObject({ title: 'T', publishedAt: '2026-01-09', text: 'Body.\n' });
    expect(a.frontMatter.publishedAt).toBe('2026-01-09'); // CORE schema: no timestamp type, no Date
    expect(readFrontMatter('\uFEFF---\r\ntitle: T\r\n---\r\nBody.').content).toBe('Body.');
    expect(readFrontMatter('No front matter.\n---\nx: 1\n---\n')).toEqual({
      data: {},
      content: 'No front matter.\n---\nx: 1\n---\n',
    });
    expect(readFrontMatter('----\nA rule, then text.')).toEqual({ data: {}, content: '----\nA rule, then text.' });
    expect(readFrontMatter('---\n---\nBody.')).toEqual({ data: {}, content: 'Body.' });
  });

  it('a __proto__ key stays data: nothing reaches Object.prototype', () => {
    const a = readMarkdownArticle('---\n__proto__:\n  polluted: yes\ntitle: T\n---\nBody.\n');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(a.frontMatter)).toBe(Object.prototype);
    expect(a.title).toBe('T');
  });

  it('refuses unclosed, oversized, duplicate-key and non-mapping front matter with a typed error', () => {
    expectRefused('---\ntitle: T\nBody without a closing line.\n', /never closed/);
    expectRefused(`---\ntitle: "${'x'.repeat(70_000)}"\n---\nBody.\n`, /over the limit/);
    expectRefused('---\ntitle: A\ntitle: B\n---\nBody.\n', /not valid YAML/);
    expectRefused('---\n- a\n- b\n---\nBody.\n', /YAML mapping/);
    expectRefused(`---\ntitle: ${'['.repeat(30_000)}\n---\nBody.\n`, /not valid YAML/);
  });
});
