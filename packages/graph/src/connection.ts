import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

export interface TransactionOptions {
  /** Server-side transaction timeout: Neo4j aborts the query past it. */
  timeoutMs?: number;
  /** Free-form metadata shown in Neo4j's query log (e.g. the GraphQL operation). */
  metadata?: Record<string, unknown>;
  /**
   * The caller gave up (time limit): no transaction starts or retries after it fires, and the open ones end: their
   * sessions close, so one still waiting for a connection never sends BEGIN and a running one is RESET (Neo4j
   * interrupts its query and rolls it back). Its reason is thrown.
   */
  signal?: AbortSignal;
  /**
   * Told of each transaction as it opens, with a promise that settles once it has ended in Neo4j (its session
   * closed, a RESET answered): the API waits for a timed-out request's before it replies.
   */
  onTransaction?: (ended: Promise<void>) => void;
  /** Called before each transaction opens; throwing refuses it (the API's per-request query budget). */
  beforeTransaction?: () => void;
}

export interface QueryCounter {
  count: number;
}

/** Told after every transaction: how long it took and whether it failed (the API's Neo4j-time metric). */
export type TransactionObserver = (mode: 'read' | 'write', seconds: number, failed: boolean) => void;

/**
 * One connection to one Neo4j database. Reads go through executeRead and writes through executeWrite, so a
 * cluster (neo4j:// routing) sends each to the right member and retries transient errors unchanged.
 */
export class GraphConnection {
  /** Counts transactions run, so tests can prove a request is not N+1. */
  readonly queries: QueryCounter = { count: 0 };

  private readonly observers = new Set<TransactionObserver>();

  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  /** Adds an observer of transaction durations; returns a function that removes it. */
  observeTransactions(observer: TransactionObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction('read', work, options);
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction('write', work, options);
  }

  /** Runs one read query and returns its records as plain objects. */
  async readRows<Row extends RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
    options?: TransactionOptions,
  ): Promise<Row[]> {
    return this.read(async (tx) => (await tx.run<Row>(cypher, params)).records.map((r) => r.toObject()), options);
  }

  /** Runs one write query in its own transaction. */
  async writeQuery(
    cypher: string,
    params: Record<string, unknown> = {},
    options?: TransactionOptions,
  ): Promise<QueryResult> {
    return this.write((tx) => tx.run(cypher, params), options);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** One managed transaction in a session of its own; the session closes when it ends or when the signal fires. */
  private transaction<T>(
    mode: 'read' | 'write',
    work: (tx: ManagedTransaction) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    admit(options);
    this.queries.count += 1;
    const session = this.session(mode);
    // One close, shared: a second session.close() returns at once, before the first one's RESET is answered.
    let closing: Promise<void> | undefined;
    const close = () => (closing ??= session.close());
    const { signal } = options;
    // On abort the session closes, and the transaction settles once that close is done (RESET answered), even if
    // the driver had a retry pending: a closed session's pending retry never runs, so its promise would never settle.
    let onAbort: () => void = () => undefined;
    const cancelled = new Promise<never>((_, reject) => {
      const reason = (): Error => (signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      onAbort = () => void close().then(() => reject(reason()), reject);
    });
    // Registered synchronously after admit(): the signal cannot fire in between unseen.
    signal?.addEventListener('abort', onAbort, { once: true });
    const run = this.timed(
      mode,
      Promise.race([
        mode === 'read'
          ? session.executeRead(guarded(work, signal), txConfig(options))
          : session.executeWrite(guarded(work, signal), txConfig(options)),
        cancelled,
      ]),
    );
    const ended = run
      .then(
        () => close(),
        () => close(),
      )
      .finally(() => signal?.removeEventListener('abort', onAbort));
    options.onTransaction?.(ended);
    return run.finally(() => ended);
  }

  private timed<T>(mode: 'read' | 'write', run: Promise<T>): Promise<T> {
    if (this.observers.size === 0) return run;
    const started = performance.now();
    const tell = (failed: boolean) => {
      const seconds = (performance.now() - started) / 1000;
      for (const observer of this.observers) observer(mode, seconds, failed);
    };
    return run.then(
      (value) => (tell(false), value),
      (error: unknown) => {
        tell(true);
        throw error;
      },
    );
  }

  private session(mode: 'read' | 'write') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }
}

function admit(options: TransactionOptions) {
  options.signal?.throwIfAborted();
  options.beforeTransaction?.();
}

/** The work, refused once the signal fired: a retry (or a session that waited for a connection) starts nothing late. */
function guarded<T>(work: (tx: ManagedTransaction) => Promise<T>, signal: AbortSignal | undefined) {
  if (!signal) return work;
  return (tx: ManagedTransaction) => {
    signal.throwIfAborted();
    return work(tx);
  };
}

function txConfig(options: TransactionOptions) {
  return { timeout: options.timeoutMs, metadata: options.metadata };
}

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  maxConnectionPoolSize?: number;
  /** How long the driver keeps retrying a transaction that failed transiently (a lost connection included). */
  maxTransactionRetryTime?: number;
  /** How long a transaction waits for a connection before failing (tests of a database that went away). */
  connectionAcquisitionTimeout?: number;
  /** How long opening one TCP connection may take (an unreachable NEO4J_URI host). */
  connectionTimeout?: number;
}

/** Opens a driver and checks that the server answers before returning. */
export async function connectGraph(options: ConnectOptions): Promise<GraphConnection> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    disableLosslessIntegers: true,
    ...(options.maxTransactionRetryTime === undefined
      ? {}
      : { maxTransactionRetryTime: options.maxTransactionRetryTime }),
    ...(options.connectionAcquisitionTimeout === undefined
      ? {}
      : { connectionAcquisitionTimeout: options.connectionAcquisitionTimeout }),
    ...(options.connectionTimeout === undefined ? {} : { connectionTimeout: options.connectionTimeout }),
  });
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (error) {
    await driver.close();
    throw new Error(
      `Cannot reach Neo4j at ${options.uri} (database "${options.database}"): ${(error as Error).message}`,
      { cause: error },
    );
  }
  return new GraphConnection(driver, options.database);
}
