import { OperationTypeNode } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { RequestContext } from '../context.ts';
import { clientError } from '../errors.ts';
import { AdmissionQueue, AdmissionRefused, type AdmissionSlot } from './admissionQueue.ts';

/** Seconds a refused client is told to wait before trying again (Retry-After). */
export const OVERLOADED_RETRY_AFTER_SECONDS = 2;

/**
 * One GraphQL request's place in the admission queue, made by the HTTP handler before execution starts and ended
 * (`settle`) when the execution has settled — whatever happened: answered, refused by another plugin, timed out.
 */
export interface RequestAdmission {
  /** Fires when the request is given up: its deadline (the clock's signal) or the client went away. */
  readonly signal: AbortSignal;
  /** True once the deadline has passed (a wait that ends then is counted as expired, not as a disconnect). */
  expired: () => boolean;
  /** Keeps the slot until `settle` (or releases it at once when the request has already settled). */
  hold: (slot: AdmissionSlot) => void;
  /** The client went away: a request still waiting leaves the queue (one already executing keeps its slot). */
  leave: () => void;
  /** The execution has settled: leaves the queue if still in it, frees the slot if it held one. */
  settle: () => void;
}

/**
 * The request context carrying its admission. A property, not a map keyed by the context: Apollo hands plugins a
 * shallow copy of the context object, so only what is on it arrives.
 */
export type AdmittedContext = RequestContext & { admission?: RequestAdmission };

export function requestAdmission(deadlineSignal: AbortSignal, expired: () => boolean): RequestAdmission {
  const gone = new AbortController();
  let slot: AdmissionSlot | undefined;
  let settled = false;
  const leave = () =>
    gone.abort(new AdmissionRefused('aborted', 'The client went away while the request waited for its turn.'));
  return {
    signal: AbortSignal.any([deadlineSignal, gone.signal]),
    expired,
    hold(s) {
      if (settled) s.release();
      else slot = s;
    },
    leave,
    settle() {
      settled = true;
      leave();
      slot?.release();
    },
  };
}

/** The server's admission queue with its Prometheus series in the server's registry. */
export function createAdmission(options: { concurrency: number; maxQueued: number; registry: Registry }) {
  const { registry } = options;
  const waitSeconds = new Histogram({
    name: 'newsgraph_admission_wait_seconds',
    help: 'Time GraphQL reads waited in the admission queue before executing (0 when a slot was free)',
    buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30],
    registers: [registry],
  });
  const refused = new Counter({
    name: 'newsgraph_admission_refused_total',
    help: 'GraphQL reads that never executed: overloaded (queue full, 503 OVERLOADED), expired (deadline passed while queued, 503 TIMEOUT), aborted (client went away while queued)',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const queue = new AdmissionQueue({
    concurrency: options.concurrency,
    maxQueued: options.maxQueued,
    onAdmitted: (ms) => waitSeconds.observe(ms / 1000),
    onRefused: (reason) => refused.inc({ reason }),
  });
  new Gauge({
    name: 'newsgraph_admission_queued',
    help: 'GraphQL reads waiting for their turn now',
    registers: [registry],
    collect() {
      this.set(queue.queued);
    },
  });
  new Gauge({
    name: 'newsgraph_admission_active',
    help: 'GraphQL reads executing now (at most the configured concurrency)',
    registers: [registry],
    collect() {
      this.set(queue.active);
    },
  });
  return queue;
}

/**
 * Waits for the request's turn; `limitsPlugin` calls it last in didResolveOperation, after the key and cost checks, so
 * a refused request never queues, and before execution, so a queued request has opened no transaction. (A plugin of
 * its own would run beside limitsPlugin — Apollo runs every plugin's didResolveOperation at once — and queue requests
 * the cost check is about to refuse.) Queries queue; mutations do not — they need a key, are few and small, and a
 * user's edit should not wait behind a crowd of reads (uploads, /healthz, /readyz and /metrics are other routes and
 * never queue either).
 */
export function admitOperation(queue: AdmissionQueue) {
  return async (operation: OperationTypeNode, contextValue: RequestContext): Promise<void> => {
    if (operation === OperationTypeNode.MUTATION) return;
    const admission = (contextValue as AdmittedContext).admission;
    if (!admission) return;
    try {
      admission.hold(await queue.acquire(admission.signal, admission.expired));
    } catch (error) {
      if (error instanceof AdmissionRefused && error.reason === 'overloaded') {
        throw clientError(
          'OVERLOADED',
          `${error.message} (retry after ${OVERLOADED_RETRY_AFTER_SECONDS} s)`,
          { retryAfterSeconds: OVERLOADED_RETRY_AFTER_SECONDS },
          503,
          new HeaderMap([['retry-after', String(OVERLOADED_RETRY_AFTER_SECONDS)]]),
        );
      }
      throw error;
    }
  };
}
