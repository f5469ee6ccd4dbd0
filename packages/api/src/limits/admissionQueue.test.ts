// The FIFO admission queue alone (no server): order, a bound on what runs, the queue bound, and a waiter whose
// signal fires (deadline or disconnect) leaving the queue without ever running. No timers: each step is awaited.
import { describe, expect, it } from 'vitest';
import { AdmissionQueue, AdmissionRefused, type AdmissionSlot } from './admissionQueue.ts';

/** Lets every settled promise's callbacks run (the queue hands slots over synchronously; the awaits are microtasks). */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('AdmissionQueue', () => {
  it('runs at most `concurrency` at once and admits the waiters in arrival order', async () => {
    const queue = new AdmissionQueue({ concurrency: 2, maxQueued: 10 });
    const order: number[] = [];
    const slots = new Map<number, AdmissionSlot>();
    for (let i = 0; i < 6; i++)
      void queue.acquire().then((slot) => {
        order.push(i);
        slots.set(i, slot);
      });
    await flush();
    expect(order).toEqual([0, 1]);
    expect([queue.active, queue.queued]).toEqual([2, 4]);
    slots.get(1)!.release();
    await flush();
    expect(order).toEqual([0, 1, 2]);
    slots.get(1)!.release(); // a second release of the same slot frees nothing more
    await flush();
    expect(order).toEqual([0, 1, 2]);
    slots.get(0)!.release();
    slots.get(2)!.release();
    await flush();
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect([queue.active, queue.queued]).toEqual([2, 1]);
  });

  it('a newcomer does not overtake the queue when a slot frees', async () => {
    const queue = new AdmissionQueue({ concurrency: 1, maxQueued: 10 });
    const first = await queue.acquire();
    const order: string[] = [];
    void queue.acquire().then(() => order.push('waiting'));
    first.release();
    void queue.acquire().then(() => order.push('newcomer'));
    await flush();
    expect(order).toEqual(['waiting']);
  });

  it('refuses at once with OVERLOADED beyond the queue bound, and counts it', async () => {
    const refusals: string[] = [];
    const queue = new AdmissionQueue({ concurrency: 1, maxQueued: 2, onRefused: (r) => refusals.push(r) });
    await queue.acquire();
    const waiting = [queue.acquire(), queue.acquire()];
    const refused = await queue.acquire().then(
      () => 'admitted',
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AdmissionRefused);
    expect((refused as AdmissionRefused).reason).toBe('overloaded');
    expect(refusals).toEqual(['overloaded']);
    expect(queue.queued).toBe(2);
    expect(waiting).toHaveLength(2); // still waiting: neither was refused nor admitted
  });

  it('a waiter whose signal fires leaves the queue, never runs, and the next one takes its turn', async () => {
    const refusals: string[] = [];
    const queue = new AdmissionQueue({ concurrency: 1, maxQueued: 10, onRefused: (r) => refusals.push(r) });
    const running = await queue.acquire();
    const expiring = new AbortController();
    const leaving = new AbortController();
    const admitted: string[] = [];
    const outcome = (name: string, p: Promise<AdmissionSlot>) =>
      p.then(
        (slot) => {
          admitted.push(name);
          return slot;
        },
        (e: unknown) => e as Error,
      );
    const expired = outcome(
      'expired',
      queue.acquire(expiring.signal, () => true),
    );
    const gone = outcome('gone', queue.acquire(leaving.signal));
    const last = outcome('last', queue.acquire());
    expect(queue.queued).toBe(3);
    expiring.abort(new Error('deadline'));
    leaving.abort();
    expect(queue.queued).toBe(1);
    expect(((await expired) as Error).message).toBe('deadline');
    expect(((await gone) as Error).name).toBe('AbortError'); // the signal's own reason
    expect(refusals).toEqual(['expired', 'aborted']);
    running.release();
    await last;
    expect(admitted).toEqual(['last']);
    expect([queue.active, queue.queued]).toEqual([1, 0]);
  });

  it('an already aborted signal is refused without queueing', async () => {
    const queue = new AdmissionQueue({ concurrency: 1, maxQueued: 10 });
    await queue.acquire();
    await expect(queue.acquire(AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(queue.queued).toBe(0);
  });
});
