import { describe, expect, it } from 'vitest';
import { loadGoldExamples, orphanArticles } from './loadGoldExamples.ts';
import { validateGoldExample, wholeWordOccurrences } from './validateGoldExample.ts';

const examples = loadGoldExamples();

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

  it('matches whole words only', () => {
    expect(wholeWordOccurrences('Mali and Malian forces; U.S. and U.S.-led', 'Mali')).toEqual([0]);
    expect(wholeWordOccurrences('Mali and Malian forces; U.S. and U.S.-led', 'U.S.')).toEqual([24, 33]);
  });
});
