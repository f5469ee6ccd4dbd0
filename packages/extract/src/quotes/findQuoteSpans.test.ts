// Table-driven rows for every quotation-mark rule. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { findQuotes, QUOTE_SPAN_RULES } from './findQuoteSpans.ts';

const ROWS: { rule: string; text: string; want: string[] }[] = [
  {
    rule: 'span.paired',
    text: '“We will rebuild,” Roe said. "Not soon," Doe said. «Jamais», dit Roe.',
    want: ['We will rebuild,', 'Not soon,', 'Jamais'],
  },
  {
    rule: 'span.runs-on',
    text: '“We lost the harvest.\n\n“Nobody came,” Roe said.',
    want: ['We lost the harvest.', 'Nobody came,'],
  },
  {
    rule: 'span.closing-mark-opener',
    text: '”The town deserves better than this.” ― Jane Roe',
    want: ['The town deserves better than this.'],
  },
  {
    rule: 'span.mixed-marks',
    text: '“The plan is dead," Roe said.\n"It never lived,” Doe said.',
    want: ['The plan is dead,', 'It never lived,'],
  },
  {
    rule: 'span.mixed-marks',
    text: '"She called it a “rant,” nothing more," Doe said.',
    want: ['She called it a “rant,” nothing more,'],
  },
];

describe('quotation-mark rules', () => {
  it('every rule has a test row', () => {
    const covered = new Set(ROWS.map((r) => r.rule));
    expect(
      Object.values(QUOTE_SPAN_RULES)
        .map((r) => r.id)
        .filter((id) => !covered.has(id)),
    ).toEqual([]);
  });

  it.each(ROWS)('$rule: $text', (row) => {
    const got = findQuotes(row.text, { start: 0, end: row.text.length }).map((q) => row.text.slice(q.start, q.end));
    expect(got).toEqual(row.want);
  });
});
