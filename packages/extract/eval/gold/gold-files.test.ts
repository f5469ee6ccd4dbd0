import { describe, expect, it } from 'vitest';
import { checkWikinewsSource, splitForLine } from './checkWikinewsSource.ts';
import { loadGoldExamples, orphanArticles, WIKINEWS_DIR } from './loadGoldExamples.ts';
import { validateGoldExample, wholeWordOccurrences } from './validateGoldExample.ts';

const examples = loadGoldExamples();
const wikinews = loadGoldExamples(WIKINEWS_DIR);

describe('gold annotation files', () => {
  it('has at least 22 examples besides the seed', () => {
    expect(examples.filter((e) => !e.slug.startsWith('seed-')).length).toBeGreaterThanOrEqual(22);
  });

  it('has a gold file for every article', () => {
    expect(orphanArticles()).toEqual([]);
  });

  it.each(examples.map((e) => [e.slug, e] as const))('%s follows the gold format', (_slug, ex) => {
    expect(ex.jsonError).toBeNull();
    expect(ex.markdown).not.toBe('');
    expect(validateGoldExample(ex.markdown, ex.gold).problems).toEqual([]);
  });
});

// Real articles from the Wikinews dev corpus: the same format, plus style wikinews, a split and the licence; the body
// and split are compared with the corpus line when ../shared/corpora is present (it is outside the repository).
describe('Wikinews gold files', () => {
  it('has at least 30 examples (issue 9), with both splits', () => {
    expect(wikinews.length).toBeGreaterThanOrEqual(30);
    const splits = wikinews.map((e) => validateGoldExample(e.markdown, e.gold).split);
    expect(splits).toContain('tune');
    expect(splits).toContain('check');
  });

  it('has a gold file for every article', () => {
    expect(orphanArticles(WIKINEWS_DIR)).toEqual([]);
  });

  it.each(wikinews.map((e) => [e.slug, e] as const))('%s follows the gold format and its corpus line', (_slug, ex) => {
    expect(ex.jsonError).toBeNull();
    const report = validateGoldExample(ex.markdown, ex.gold);
    expect(report.style).toBe('wikinews');
    expect(report.problems).toEqual([]);
    expect(checkWikinewsSource(report.url, report.body, report.split, report.publishedAt)).toEqual([]);
  });

  it('splits by corpus line: every third line (0, 3, 6, …) is check', () => {
    expect([0, 1, 2, 3, 87, 88].map(splitForLine)).toEqual(['check', 'tune', 'tune', 'check', 'check', 'tune']);
  });
});

// The checks above only mean something if the validator rejects broken files.
describe('validateGoldExample', () => {
  const words = Array.from({ length: 260 }, () => 'word').join(' ');
  const md = `---\ntitle: T\npublishedAt: 2026-03-04\nsource: Wire\nurl: null\nfictional: true\nstyle: wire\n---\n` +
    `Minister Ana Kovar said on Monday: “We will respond.” Kovar's ministry of Valdoria met Brenmark. ${words}\n`;
  const good = {
    bodyEndsBefore: null,
    entities: [
      { kind: 'Person', name: 'Ana Kovar', mentions: ['Ana Kovar', 'Kovar'] },
      { kind: 'Country', name: 'Valdoria', mentions: ['Valdoria'] },
      { kind: 'Country', name: 'Brenmark', mentions: ['Brenmark'] },
    ],
    roles: [{ person: 'Ana Kovar', title: 'Minister', of: 'Valdoria' }],
    statements: [{ speakers: ['Ana Kovar'], kind: 'direct', verb: 'said', quote: 'We will respond.', date: '2026-03-02' }],
    events: [{ type: 'CONSULT', sources: ['Valdoria'], targets: ['Brenmark'], date: null, modality: 'asserted', evidence: 'ministry of Valdoria met Brenmark' }],
  };

  it('accepts a well-formed example', () => {
    expect(validateGoldExample(md, good).problems).toEqual([]);
  });

  it.each([
    ['a quote not in the body', { statements: [{ ...good.statements[0], quote: 'We shall respond.' }] }, /not an exact substring/],
    ['an unknown speaker', { statements: [{ ...good.statements[0], speakers: ['Ana Kowar'] }] }, /unknown entity/],
    ['a mention under two entities', { entities: [...good.entities, { kind: 'Person', name: 'X Kovar', mentions: ['Kovar'] }] }, /listed under/],
    ['a mention inside a longer word', { entities: [{ kind: 'Country', name: 'Val', mentions: ['Val'] }, ...good.entities.slice(1)] }, /whole word/],
    ['an event type outside PLOVER', { events: [{ ...good.events[0], type: 'MEET' }] }, /gold json/],
    ['an impossible date', { statements: [{ ...good.statements[0], date: '2026-02-30' }] }, /invalid date/],
    ['a statement dated after publication', { statements: [{ ...good.statements[0], date: '2026-03-09' }] }, /after publishedAt/],
    ['a role of a person not listed', { roles: [{ person: 'Nobody', title: 'Minister', of: 'Valdoria' }] }, /unknown entity/],
  ])('rejects %s', (_name, patch, message) => {
    const problems = validateGoldExample(md, { ...good, ...patch }).problems;
    expect(problems.join('\n')).toMatch(message);
  });

  it('asks a wikinews example for its split and licence', () => {
    const wiki = md.replace('style: wire', 'style: wikinews').replace('fictional: true', 'fictional: false').replace('url: null', 'url: https://example.org/a');
    expect(validateGoldExample(wiki, good).problems.join('\n')).toMatch(/needs split[\s\S]*needs its license/);
    const ok = wiki.replace('style: wikinews', 'style: wikinews\nsplit: tune\nlicense: CC BY 2.5');
    expect(validateGoldExample(ok, good).problems.filter((p) => p.startsWith('front matter'))).toEqual([]);
    expect(validateGoldExample(ok.replace('split: tune', 'split: dev'), good).problems.join('\n')).toMatch(/front matter/);
  });

  it('matches whole words only', () => {
    expect(wholeWordOccurrences('Mali and Malian forces; U.S. and U.S.-led', 'Mali')).toEqual([0]);
    expect(wholeWordOccurrences('Mali and Malian forces; U.S. and U.S.-led', 'U.S.')).toEqual([24, 33]);
  });
});
