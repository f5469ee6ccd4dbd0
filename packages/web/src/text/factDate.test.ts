import { describe, expect, it } from 'vitest';
import { factDateLabel } from './factDate.ts';

describe('factDateLabel', () => {
  it('keeps the precision the text gave', () => {
    expect(factDateLabel('2019-09-01', 'MONTH')).toBe('September 2019');
    expect(factDateLabel('2019-01-01', 'YEAR')).toBe('2019');
    expect(factDateLabel('2019-09-09', 'WEEK')).toBe(
      'week of 9 Sept 2019'.replace(
        'Sept',
        new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date('2019-09-09T00:00:00Z')),
      ),
    );
    expect(factDateLabel('2019-09-12', 'DAY')).toMatch(/^12 Sept? 2019$/);
    expect(factDateLabel(null, null)).toBe('undated');
  });
});
