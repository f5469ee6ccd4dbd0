import { describe, expect, it } from 'vitest';
import { dayNumber } from '../network/dayNumber.ts';
import { calendarTicks, focusRange } from './timeAxis.ts';

describe('calendarTicks', () => {
  it('puts calendar months on a year-long axis, the year on the first tick and on January', () => {
    const ticks = calendarTicks(dayNumber('2019-03-10'), dayNumber('2020-04-02'), 900);
    expect(ticks.length).toBeGreaterThan(4);
    expect(ticks[0]!.label).toMatch(/2019/);
    expect(ticks.find((t) => t.label.includes('2020'))).toBeDefined();
    // Every tick is the first of a month: calendar steps, not a fixed number of days.
    for (const t of ticks) expect(new Date(t.day * 86_400_000).getUTCDate()).toBe(1);
  });

  it('labels whole years on a decade', () => {
    const ticks = calendarTicks(dayNumber('2011-01-01'), dayNumber('2026-06-01'), 800);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('keeps the year on a two-week axis', () => {
    const ticks = calendarTicks(dayNumber('2019-09-01'), dayNumber('2019-09-15'), 800);
    expect(ticks[0]!.label).toMatch(/Sept? 2019/);
    expect(ticks.slice(1).some((t) => !t.label.includes('2019'))).toBe(true);
  });

  it('gives a few days on a wide bar one tick per day, each on its own day and labelled with it', () => {
    // The seed's range, 4–10 Jan 2026, across a wide time bar (d3 alone would step by 12 hours there).
    for (const width of [600, 1000, 1600]) {
      const ticks = calendarTicks(dayNumber('2026-01-04'), dayNumber('2026-01-10'), width);
      const days = ticks.map((t) => t.day);
      expect(new Set(days).size).toBe(days.length);
      expect(days.every((d, i) => i === 0 || d > days[i - 1]!)).toBe(true);
      for (const t of ticks) {
        const date = new Date(t.day * 86_400_000);
        expect(t.label).toContain(`${date.getUTCDate()} Jan`);
      }
    }
  });
  it('puts the year on the first tick the bar draws, when the one before it is too near the edge', () => {
    const d0 = dayNumber('2026-01-04');
    // The time bar drops ticks within 12 px of its left end: here the 4 Jan one.
    const ticks = calendarTicks(d0, dayNumber('2026-01-10'), 1000, (day) => day > d0);
    expect(ticks[0]!.label).toBe('5 Jan 2026');
    expect(ticks.slice(1).every((t) => !t.label.includes('2026'))).toBe(true);
  });
});

describe('focusRange', () => {
  const day = (iso: string) => dayNumber(iso);
  it('fits the busy years and leaves a lone outlier out', () => {
    const spans = [
      { from: day('2011-05-01'), to: day('2011-05-31'), count: 1 },
      ...Array.from({ length: 24 }, (_, i) => ({
        from: day('2019-01-01') + 30 * i,
        to: day('2019-01-01') + 30 * i + 29,
        count: 5,
      })),
    ];
    const range = focusRange(spans, { from: day('2011-05-01'), to: day('2020-12-31') })!;
    expect(range.from).toBeGreaterThan(day('2018-01-01'));
    expect(range.to).toBeLessThanOrEqual(day('2020-12-31'));
  });

  it('is null when the activity already fills the range', () => {
    const spans = Array.from({ length: 12 }, (_, i) => ({ from: 30 * i, to: 30 * i + 29, count: 3 }));
    expect(focusRange(spans, { from: 0, to: 359 })).toBeNull();
  });
});
