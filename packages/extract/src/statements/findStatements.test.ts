// Table-driven rows for every statement pattern, run through the real spaCy parser. Sentences are our own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../extractor.ts';
import {
  ADJACENT_NAME,
  ASKED_PARTICIPLE,
  GROUP_DESCRIPTION,
  QUOTE_INSIDE_CONTENT,
  NAME_AFTER_QUOTE,
  CONTENT_PATTERNS,
  CUE_BLOCKERS,
  CUE_PATTERNS,
  NAMED_SUBJECT_FIRST,
  NESTED_SAME_SPEAKER,
  OBJECT_AS_SUBJECT,
  PRONOUN_LAST_SPEAKER,
  QUOTE_LINKS,
  SPEAKER_PATHS,
  SPEAKER_REFINEMENTS,
  TITLE_QUOTE,
} from './patterns.ts';

interface Row {
  pattern: string;
  text: string;
  /** Expected statements in text order: speaker names joined with "+", kind, quote. */
  want: [string, 'direct' | 'indirect', string][];
}

const ROWS: Row[] = [
  {
    pattern: 'cue.reporting-verb',
    text: 'Jane Roe warned that the bridge would close in May.',
    want: [['Jane Roe', 'indirect', 'the bridge would close in May']],
  },
  {
    pattern: 'cue.phrasal-verb',
    text: 'Jane Roe called for a full inquiry into the collapse.',
    want: [['Jane Roe', 'indirect', 'a full inquiry into the collapse']],
  },
  {
    pattern: 'cue.noun-possessive',
    text: 'The vote followed Jane Roe’s warning that the dam could fail within a year.',
    want: [['Jane Roe', 'indirect', 'the dam could fail within a year']],
  },
  {
    pattern: 'speaker.possessive',
    text: "Markets fell after John Doe's announcement that the copper mine would close.",
    want: [['John Doe', 'indirect', 'the copper mine would close']],
  },
  {
    pattern: 'content.noun-clause',
    text: 'Nobody believed John Doe’s claim that the ballots had been counted twice.',
    want: [['John Doe', 'indirect', 'the ballots had been counted twice']],
  },
  {
    pattern: 'cue.according-to',
    text: 'According to Jane Roe, the dam was never inspected.',
    want: [['Jane Roe', 'indirect', 'the dam was never inspected']],
  },
  {
    pattern: ASKED_PARTICIPLE.id,
    text: 'Asked whether the border would reopen, Jane Roe said the talks were still going on.',
    want: [['Jane Roe', 'indirect', 'the talks were still going on']],
  },
  { pattern: 'cue.blocked', text: 'Jane Roe did not say that the bridge would close.', want: [] },
  {
    pattern: 'speaker.relative-clause',
    text: 'Jane Roe, who said the vote was rigged, left the hall early.',
    want: [['Jane Roe', 'indirect', 'the vote was rigged']],
  },
  {
    pattern: 'speaker.subject',
    text: '"We will rebuild the school by winter," said John Doe.',
    want: [['John Doe', 'direct', 'We will rebuild the school by winter']],
  },
  {
    pattern: 'speaker.passive-agent',
    text: 'It was announced by Jane Roe that the border would reopen.',
    want: [['Jane Roe', 'indirect', 'the border would reopen']],
  },
  {
    pattern: 'speaker.according-to',
    text: 'The harbour was closed on Friday, according to John Doe.',
    want: [['John Doe', 'indirect', 'The harbour was closed on Friday']],
  },
  {
    pattern: 'speaker.shared-subject',
    text: 'Jane Roe rejected the offer, saying the terms were unfair to farmers.',
    want: [['Jane Roe', 'indirect', 'the terms were unfair to farmers']],
  },
  {
    pattern: 'speaker.issued-statement',
    text: 'Jane Roe issued a statement saying the factory would stay open.',
    want: [['Jane Roe', 'indirect', 'the factory would stay open']],
  },
  {
    pattern: GROUP_DESCRIPTION.id,
    text: 'Talks between Jane Roe and John Doe ended on Tuesday. The officials released a statement saying "the border will reopen for trucks next month."',
    want: [['Jane Roe+John Doe', 'direct', 'the border will reopen for trucks next month.']],
  },
  {
    pattern: 'speaker.shared-subject-2',
    text: 'Jane Roe left the meeting and spoke to the press, adding that the talks had failed.',
    want: [['Jane Roe', 'indirect', 'the talks had failed']],
  },
  {
    pattern: 'speaker.shared-subject-prep',
    text: 'Jane Roe responded by saying the report was "a work of fiction from start to finish".',
    want: [['Jane Roe', 'direct', 'a work of fiction from start to finish']],
  },
  {
    pattern: NAME_AFTER_QUOTE.id,
    text: 'Jane Roe spoke on Monday. “There is a gap between the board and frankly the mayor and our teachers,” Roe, a union leader, said on Friday.',
    want: [['Jane Roe', 'direct', 'There is a gap between the board and frankly the mayor and our teachers']],
  },
  {
    pattern: ADJACENT_NAME.id,
    text: 'Said John Doe: "Nobody here trusts the new council."',
    want: [['John Doe', 'direct', 'Nobody here trusts the new council.']],
  },
  {
    pattern: PRONOUN_LAST_SPEAKER.id,
    text: '"The river rose faster than anyone expected," Jane Roe said.\n\n"It took the whole lower town. Nothing was left of the market. The school lost its roof and both bridges went under the water," she said.',
    want: [
      ['Jane Roe', 'direct', 'The river rose faster than anyone expected'],
      [
        'Jane Roe',
        'direct',
        'It took the whole lower town. Nothing was left of the market. The school lost its roof and both bridges went under the water',
      ],
    ],
  },
  {
    pattern: 'refine.named',
    text: 'Senator Jane Roe of Ohio said the bill would pass.',
    want: [['Jane Roe', 'indirect', 'the bill would pass']],
  },
  {
    pattern: 'refine.apposition',
    text: 'A senior adviser, Jane Roe, said the minister would resign.',
    want: [['Jane Roe', 'indirect', 'the minister would resign']],
  },
  {
    pattern: 'refine.apposition-of-object',
    text: "Following the ruling, the director of Carvenia's Amnesty International, Jane Roe, said the trial was unfair.",
    want: [['Jane Roe', 'indirect', 'the trial was unfair']],
  },
  {
    pattern: 'refine.state-agent',
    text: "Carvenia's government said the talks had failed.",
    want: [['Carvenia', 'indirect', 'the talks had failed']],
  },
  {
    pattern: NAMED_SUBJECT_FIRST.id,
    text: 'Kenya\'s president Uhuru Kenyatta said, "The border will stay open."',
    want: [['Uhuru Kenyatta', 'direct', 'The border will stay open.']],
  },
  {
    pattern: 'refine.agent-for',
    text: 'A spokesman for the World Health Organization said the outbreak was contained.',
    want: [['World Health Organization', 'indirect', 'the outbreak was contained']],
  },
  {
    pattern: 'refine.agent-owner',
    text: "Jane Roe's spokeswoman said the senator would not run again.",
    want: [['Jane Roe', 'indirect', 'the senator would not run again']],
  },
  {
    pattern: 'content.that-clause',
    text: 'John Doe told reporters that the ceasefire had collapsed.',
    want: [['John Doe', 'indirect', 'the ceasefire had collapsed']],
  },
  {
    pattern: 'content.appeal',
    text: 'Jane Roe urged Canada to release the detained fishermen.',
    want: [['Jane Roe', 'indirect', 'Canada to release the detained fishermen']],
  },
  {
    pattern: 'content.accusation',
    text: 'Jane Roe accused John Doe of lying about the budget.',
    want: [['Jane Roe', 'indirect', 'John Doe of lying about the budget']],
  },
  {
    pattern: 'content.call-for',
    text: 'John Doe called on Jane Roe to resign.',
    want: [['John Doe', 'indirect', 'Jane Roe to resign']],
  },
  {
    pattern: OBJECT_AS_SUBJECT.id,
    text: 'Jane Roe announced the tests by a military laboratory found arsenic in the river.',
    want: [['Jane Roe', 'indirect', 'the tests by a military laboratory found arsenic in the river']],
  },
  {
    pattern: 'content.object-as',
    text: 'Jane Roe described the budget as a disaster for rural schools.',
    want: [['Jane Roe', 'indirect', 'the budget as a disaster for rural schools']],
  },
  {
    pattern: 'content.object',
    text: 'John Doe highlighted the shortage of nurses in rural clinics.',
    want: [['John Doe', 'indirect', 'the shortage of nurses in rural clinics']],
  },
  {
    pattern: 'content.object',
    text: 'Jane Roe denied the reports of a secret deal.',
    want: [['Jane Roe', 'indirect', 'the reports of a secret deal']],
  },
  {
    pattern: 'content.according-to',
    text: 'According to John Doe, the bridge will reopen next month.',
    want: [['John Doe', 'indirect', 'the bridge will reopen next month']],
  },
  {
    pattern: 'quote.governed',
    text: 'Jane Roe said: "The talks failed because nobody listened."',
    want: [['Jane Roe', 'direct', 'The talks failed because nobody listened.']],
  },
  {
    pattern: 'quote.unknown-verb',
    text: 'Jane Roe blasted the proposal as "a betrayal of every worker in this state."',
    want: [['Jane Roe', 'direct', 'a betrayal of every worker in this state.']],
  },
  {
    pattern: 'quote.same-sentence',
    text: '"Are we ready? Probably not," John Doe said.',
    want: [['John Doe', 'direct', 'Are we ready? Probably not']],
  },
  {
    pattern: 'quote.colon-intro',
    text: 'Jane Roe, on Twitter: "This decision is a disgrace to the court."',
    want: [['Jane Roe', 'direct', 'This decision is a disgrace to the court.']],
  },
  {
    pattern: 'quote.attribution-after',
    text: '"Why did nobody warn the villages downstream?" John Doe asked. The ministry did not reply.',
    want: [['John Doe', 'direct', 'Why did nobody warn the villages downstream?']],
  },
  {
    pattern: 'quote.dash-byline',
    text: '“We will never give up on this town.” ― Jane Roe\n“The plan is a mess and everyone knows it.” ― John Doe',
    want: [
      ['Jane Roe', 'direct', 'We will never give up on this town.'],
      ['John Doe', 'direct', 'The plan is a mess and everyone knows it.'],
    ],
  },
  {
    pattern: 'quote.inside-reported-speech',
    text: 'Jane Roe said the new rules would bring "a decade of misery for small farmers" to the valley.',
    want: [['Jane Roe', 'direct', 'a decade of misery for small farmers']],
  },
  {
    pattern: 'quote.transcript-label',
    text: 'Senator Jane Roe spoke to the host John Doe on Sunday.\n\n"DOE: Will you vote for the budget?\n\n"ROE: No. The budget cuts every school in my state and I will not support it."',
    want: [
      ['John Doe', 'direct', 'Will you vote for the budget?'],
      ['Jane Roe', 'direct', 'No. The budget cuts every school in my state and I will not support it.'],
    ],
  },
  {
    pattern: TITLE_QUOTE.id,
    text: 'Jane Roe told reporters on "Morning Report" that the strike was over.',
    want: [['Jane Roe', 'indirect', 'the strike was over']],
  },
  {
    pattern: TITLE_QUOTE.id,
    text: 'John Doe hailed Jane Roe as "The Iron Lady of Sandport".',
    want: [['John Doe', 'direct', 'The Iron Lady of Sandport']],
  },
  {
    pattern: 'quote.after-reported-speech',
    text: 'The plan is risky and expensive, Jane Roe said. "We have no other choice left in this valley."',
    want: [['Jane Roe', 'direct', 'We have no other choice left in this valley.']],
  },
  {
    pattern: 'quote.continued',
    text: '"The water is safe to drink," Jane Roe said. "We tested every well in the district."',
    want: [['Jane Roe', 'direct', 'The water is safe to drink']],
  },
  {
    pattern: 'quote.runs-on',
    text: '"We lost the harvest and then we lost the roads.\n\n"Nobody came to help us until March," Jane Roe said.',
    want: [['Jane Roe', 'direct', 'We lost the harvest and then we lost the roads.']],
  },
  {
    pattern: NESTED_SAME_SPEAKER.id,
    text: 'Jane Roe said that she did warn the council that the bridge was unsafe.',
    want: [['Jane Roe', 'indirect', 'she did warn the council that the bridge was unsafe']],
  },
  {
    pattern: QUOTE_INSIDE_CONTENT.id,
    text: 'Jane Roe announced that the new tax would hit farmers "harder than any drought" across the north.',
    want: [
      ['Jane Roe', 'indirect', 'the new tax would hit farmers "harder than any drought" across the north'],
      ['Jane Roe', 'direct', 'harder than any drought'],
    ],
  },
  {
    pattern: QUOTE_INSIDE_CONTENT.id,
    text: 'John Doe announced on Monday that the cuts to the school budget were "deeply unfair."',
    want: [
      ['John Doe', 'indirect', 'the cuts to the school budget were "deeply unfair'],
      ['John Doe', 'direct', 'deeply unfair.'],
    ],
  },
  {
    pattern: 'fragment.short-quote',
    text: 'Jane Roe said the plan was "reckless" and would cost jobs across the region.',
    want: [['Jane Roe', 'indirect', 'the plan was "reckless" and would cost jobs across the region']],
  },
  {
    pattern: 'fragment.mixed-quote',
    text: 'Jane Roe said the bloc was ready to act "if the pressure on our borders does not stop."',
    want: [['Jane Roe', 'direct', 'if the pressure on our borders does not stop.']],
  },
];

const ALL_IDS = [
  ...CUE_PATTERNS.map((p) => p.id),
  CUE_BLOCKERS.id,
  ASKED_PARTICIPLE.id,
  ...SPEAKER_PATHS.map((p) => p.id),
  ADJACENT_NAME.id,
  NAME_AFTER_QUOTE.id,
  NAMED_SUBJECT_FIRST.id,
  NESTED_SAME_SPEAKER.id,
  GROUP_DESCRIPTION.id,
  QUOTE_INSIDE_CONTENT.id,
  TITLE_QUOTE.id,
  PRONOUN_LAST_SPEAKER.id,
  ...SPEAKER_REFINEMENTS.map((p) => p.id),
  ...CONTENT_PATTERNS.map((p) => p.id),
  OBJECT_AS_SUBJECT.id,
  'content.according-to',
  ...Object.values(QUOTE_LINKS).map((p) => p.id),
];

describe('statement patterns', () => {
  let extractor: Extractor;
  beforeAll(async () => {
    extractor = createExtractor();
    await extractor.info(); // the worker loads spaCy once, outside every row's time limit
  }, 120_000);
  afterAll(async () => {
    await extractor.close();
  });

  it('every pattern has a test row', () => {
    const covered = new Set(ROWS.map((r) => r.pattern));
    expect(ALL_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(ROWS)('$pattern: $text', async (row) => {
    const x = await extractor.extract({ text: row.text, publishedAt: '2025-06-04' });
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    const got = x.statements.map((s) => [s.speakerIds.map((id) => names.get(id)).join('+'), s.kind, s.quote]);
    expect(got).toEqual(row.want);
    for (const s of x.statements) {
      expect(s.start).toBeLessThan(s.end);
      expect(s.sentence.start).toBeLessThanOrEqual(s.start);
    }
  });
});
