import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerHasNoTimeout, raceDeadline } from './requestDeadline.ts';

// Fake timers make the late timer deterministic: the system clock moves past the deadline while the deadline
// timer's callback has not run — what a starved event loop does — and the execution settles in that gap.
describe('raceDeadline', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('is a timeout when the execution settles past the deadline before the late timer fires', async () => {
    let finish!: (v: string) => void;
    const execution = new Promise<string>((r) => (finish = r));
    const raced = raceDeadline(execution, Date.now() + 50);
    vi.setSystemTime(Date.now() + 80); // the clock moves on; no timer callback runs
    finish('200 with per-field TIMEOUT errors');
    await expect(raced).resolves.toBe('expired');
  });

  it('is a timeout when the execution settles exactly at the deadline (readers refuse at remaining <= 0)', async () => {
    const deadline = Date.now() + 50;
    vi.setSystemTime(deadline);
    await expect(raceDeadline(Promise.resolve('late'), deadline)).resolves.toBe('expired');
  });

  it('is a timeout when the timer fires while the execution still runs', async () => {
    const raced = raceDeadline(new Promise<string>(() => undefined), Date.now() + 50);
    await vi.advanceTimersByTimeAsync(50);
    await expect(raced).resolves.toBe('expired');
  });

  it('passes the result on when the execution settles before the deadline, and clears its timer', async () => {
    const raced = raceDeadline(Promise.resolve('ok'), Date.now() + 50);
    await expect(raced).resolves.toBe('ok');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is a timeout when the execution fails past the deadline', async () => {
    const deadline = Date.now() + 50;
    vi.setSystemTime(deadline + 1);
    await expect(raceDeadline(Promise.reject(new Error('late failure')), deadline)).resolves.toBe('expired');
  });

  it('passes a rejection on when it comes before the deadline', async () => {
    await expect(raceDeadline(Promise.reject(new Error('boom')), Date.now() + 50)).rejects.toThrow('boom');
  });

  it('passes on a late result that lost nothing to the clock (a committed mutation is not answered TIMEOUT)', async () => {
    let finish!: (v: string) => void;
    const execution = new Promise<string>((r) => (finish = r));
    const raced = raceDeadline(execution, Date.now() + 50, Date.now, (r) => r === 'whole');
    vi.setSystemTime(Date.now() + 80);
    finish('whole');
    await expect(raced).resolves.toBe('whole');
    const cut = raceDeadline(Promise.resolve('cut'), Date.now() - 1, Date.now, (r) => r === 'whole');
    await expect(cut).resolves.toBe('expired');
  });
});

describe('answerHasNoTimeout', () => {
  it.each([
    ['data only', { kind: 'complete', string: '{"data":{"mergeEntities":{"id":"p:1"}}}' }, true],
    ['another error', { kind: 'complete', string: '{"errors":[{"extensions":{"code":"NOT_FOUND"}}]}' }, true],
    ['a field cut by the limit', { kind: 'complete', string: '{"errors":[{"extensions":{"code":"TIMEOUT"}}]}' }, false],
    ['a stream', { kind: 'chunked' }, false],
    ['not JSON', { kind: 'complete', string: '<html>' }, false],
  ])('%s', (_name, body, whole) => {
    expect(answerHasNoTimeout(body)).toBe(whole);
  });
});
