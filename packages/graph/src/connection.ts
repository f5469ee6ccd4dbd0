import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

export interface TransactionOptions {
  /** Server-side transaction timeout: Neo4j aborts the query past it. */
  timeoutMs?: number;
  /** Free-form metadata shown in Neo4j's query log (e.g. the GraphQL operation). */
  metadata?: Record<string, unknown>;
  /** The caller gave up (time limit): no transaction starts or retries after it fires; its reason is thrown. */
  signal?: AbortSignal;
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
    admit(options);
    this.queries.count += 1;
    const session = await this.session('READ');
    return this.timed('read', session.executeRead(guarded(work, options.signal), txConfig(options))).finally(() =>
      session.close(),
    );
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    admit(options);
    this.queries.count += 1;
    const session = await this.session('WRITE');
    return this.timed('write', session.executeWrite(guarded(work, options.signal), txConfig(options))).finally(() =>
      session.close(),
    );
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

  private async session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
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
