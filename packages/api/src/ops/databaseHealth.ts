import { pendingMigrations, type GraphConnection, type OpenGraph } from '@newsgraph/graph';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

/** The embedded Neo4j's supervisor, when this process started it (see neo4j-local's startLocalNeo4j). */
type SupervisedNeo4j = NonNullable<OpenGraph['localServer']>;

export type DatabaseState = 'starting' | 'up' | 'down' | 'migrations-pending' | 'stopping';

export interface HealthSnapshot {
  state: DatabaseState;
  /** A sentence for operators: why it is not up. */
  reason?: string;
  since: string;
  pendingMigrations?: string[];
}

/**
 * Whether Neo4j can serve requests, known at once rather than after a request has waited 30 s:
 * - the embedded Neo4j's exit is reported by its supervisor (neo4j-local) the moment the JVM goes;
 * - a request that meets a connection error asks for a check right away;
 * - a check runs every `upIntervalMs` while up and every `downIntervalMs` while down, so an external NEO4J_URI
 *   that comes back is noticed within a second. A check is a driver connectivity probe (no Cypher here), plus, when
 *   the database was not known good, the list of schema files not applied yet (graph's pendingMigrations).
 */
export class DatabaseHealth {
  private current: HealthSnapshot = { state: 'starting', since: new Date().toISOString() };
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private restarting = false;
  private stopped = false;
  private readonly removeLifecycle: (() => void) | undefined;

  constructor(
    private readonly graph: GraphConnection,
    private readonly options: {
      log: Logger;
      /** The server's registry: Neo4j up/down and restarts are reported there. */
      metrics: Metrics;
      localServer?: SupervisedNeo4j;
      upIntervalMs?: number;
      downIntervalMs?: number;
    },
  ) {
    this.removeLifecycle = options.localServer?.onLifecycle((event) => {
      switch (event.kind) {
        case 'exited':
          this.restarting = true;
          this.set('down', `the embedded Neo4j exited (${event.signal ?? `code ${event.code}`}); restarting it`);
          break;
        case 'restarting':
          options.log.warn({ attempt: event.attempt, delayMs: event.delayMs }, 'restarting the embedded Neo4j');
          if (event.attempt > 1) options.metrics.neo4jRestarts.inc({ outcome: 'failed' });
          break;
        case 'restarted':
          this.restarting = false;
          options.metrics.neo4jRestarts.inc({ outcome: 'ok' });
          options.log.info({ pid: event.pid, attempt: event.attempt }, 'the embedded Neo4j is back');
          void this.check();
          break;
        case 'gave-up':
          this.set('down', event.message);
          break;
      }
    });
  }

  get state(): DatabaseState {
    return this.current.state;
  }

  snapshot(): HealthSnapshot {
    return { ...this.current };
  }

  /** First check, then the periodic ones. */
  async start(): Promise<void> {
    await this.check();
  }

  /** A request met a connection error: look now instead of at the next tick. */
  reportConnectionError(): void {
    void this.check();
  }

  /** Once shutdown begins, readiness fails so a load balancer stops sending requests during the drain. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.removeLifecycle?.();
    this.set('stopping', 'the server is shutting down');
  }

  check(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.checking ??= this.probe().finally(() => {
      this.checking = undefined;
      this.schedule();
    });
    return this.checking;
  }

  private async probe(): Promise<void> {
    // While the supervisor restarts the JVM its port is closed; probing would only say so again.
    if (this.restarting) return;
    try {
      await this.graph.driver.verifyConnectivity({ database: this.graph.database });
      // The schema is read only when the database was not known good (first check, after an outage, while
      // pending): a database swapped or wiped under us is one that went away first. Periodic checks while up stay at
      // the driver level and run no transaction (tests count the transactions a request causes).
      if (this.current.state === 'up') return;
      const pending = await pendingMigrations(this.graph, undefined, { timeoutMs: 5_000 });
      if (this.stopped) return;
      if (pending.length > 0)
        this.set('migrations-pending', `schema files not applied yet: ${pending.join(', ')}`, pending);
      else this.set('up');
    } catch (error) {
      if (this.stopped) return;
      this.set('down', `Neo4j does not answer: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const every =
      this.current.state === 'up' ? (this.options.upIntervalMs ?? 5_000) : (this.options.downIntervalMs ?? 500);
    this.timer = setTimeout(() => void this.check(), every);
    this.timer.unref();
  }

  private set(state: DatabaseState, reason?: string, pending?: string[]): void {
    this.options.metrics.neo4jUp.set(state === 'up' ? 1 : 0);
    if (state === this.current.state && reason === this.current.reason) return;
    const previous = this.current.state;
    this.current = {
      state,
      since: new Date().toISOString(),
      ...(reason ? { reason } : {}),
      ...(pending ? { pendingMigrations: pending } : {}),
    };
    const level = state === 'up' || state === 'stopping' ? 'info' : 'error';
    this.options.log[level]({ database: state, previous, reason }, `database ${state}`);
    if (state === 'down') this.schedule();
  }
}
