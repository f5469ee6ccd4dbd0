import { describe, expect, it } from 'vitest';
import { nextPollDelay } from './pollSchedule.ts';

const HOUR = 3_600_000;

describe('nextPollDelay', () => {
  it('is the interval after a success and doubles per failure in a row, up to the cap', () => {
    const o = { intervalMs: 30 * 60_000, maxBackoffMs: 24 * HOUR, jitter: 0 };
    expect([0, 1, 2, 3, 5, 6, 40].map((n) => nextPollDelay(n, o) / 60_000)).toEqual([
      30, 60, 120, 240, 960, 1440, 1440,
    ]);
  });

  it('spreads by ± jitter and never below zero', () => {
    const o = { intervalMs: 1000, jitter: 0.1 };
    expect(nextPollDelay(0, { ...o, random: () => 0 })).toBe(900);
    expect(nextPollDelay(0, { ...o, random: () => 0.999999 })).toBe(1100);
    expect(nextPollDelay(0, { intervalMs: 1000, jitter: 5, random: () => 0 })).toBe(0);
  });

  it('a cap below the interval does not shorten a healthy feed’s interval', () => {
    expect(nextPollDelay(3, { intervalMs: 10_000, maxBackoffMs: 1000, jitter: 0 })).toBe(10_000);
  });
});
