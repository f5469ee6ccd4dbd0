// One long-lived spaCy process spoken to in JSON lines over stdin/stdout (python/parse_worker.py).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ParserUnavailableError, resolvePython, WORKER_SCRIPT } from './pythonEnv.ts';
import { workerReadySchema, workerReplySchema, type ParsedDocData, type WorkerInfo } from './parsedDoc.ts';

type Pending = { resolve: (docs: ParsedDocData[]) => void; reject: (err: Error) => void; count: number };

export class SpacyWorker {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stderrTail = '';
  private closed = false;
  private failure: Error | null = null;
  /** Texts of calls still waiting for the model to load: they count as load at once, so a burst is spread. */
  private waiting = 0;
  /** Resolves with the model the worker loaded, once it is ready to parse. */
  readonly ready: Promise<WorkerInfo>;
  /** The Python process id (for supervision and tests). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Requests sent and not yet answered (the pool sends to the least busy worker). */
  get load(): number {
    let n = this.waiting;
    for (const p of this.pending.values()) n += p.count;
    return n;
  }

  constructor(python = resolvePython()) {
    this.child = spawn(python, ['-u', WORKER_SCRIPT], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONIOENCODING: 'utf-8', OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' },
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-4000);
    });
    const lines = createInterface({ input: this.child.stdout, crlfDelay: Infinity });
    let onReady!: (info: WorkerInfo) => void;
    let onReadyFail!: (err: Error) => void;
    this.ready = new Promise((res, rej) => {
      onReady = res;
      onReadyFail = rej;
    });
    this.ready.catch(() => {}); // observed through parse(); avoid an unhandled rejection when nobody awaits it
    let first = true;
    lines.on('line', (line) => {
      if (first) {
        first = false;
        const info = workerReadySchema.safeParse(safeJson(line));
        if (!info.success || !info.data.ready) {
          const why = info.success ? info.data.error : line.slice(0, 300);
          onReadyFail(this.fail(new ParserUnavailableError(`the spaCy worker could not start: ${why}`)));
        } else onReady(info.data);
        return;
      }
      const reply = workerReplySchema.safeParse(safeJson(line));
      if (!reply.success || reply.data.id === null) {
        this.fail(new Error(`the spaCy worker sent an unreadable reply: ${line.slice(0, 200)}`));
        return;
      }
      const p = this.pending.get(reply.data.id);
      if (!p) return;
      this.pending.delete(reply.data.id);
      if (this.pending.size === 0) this.setActive(false);
      if (reply.data.error || !reply.data.docs) p.reject(new Error(`spaCy failed: ${reply.data.error ?? 'no docs'}`));
      else p.resolve(reply.data.docs);
    });
    this.child.on('error', (err) => {
      const e = new ParserUnavailableError(`cannot run the spaCy worker with ${python}: ${err.message}`);
      onReadyFail(this.fail(e));
    });
    this.child.on('exit', (code, signal) => {
      if (this.closed) return;
      const tail = this.stderrTail.trim().split('\n').slice(-5).join('\n');
      const e = new ParserUnavailableError(
        `the spaCy worker exited (${signal ?? `code ${code}`})${tail ? `:\n${tail}` : ''}`,
      );
      onReadyFail(this.fail(e));
    });
    // Python is a separate process: make sure it never outlives this one (stdin EOF also stops it).
    process.once('exit', this.killOnExit);
    this.setActive(true); // until ready: a caller awaiting `ready` must keep the event loop alive
    this.ready.then(
      () => this.setActive(this.pending.size > 0),
      () => this.setActive(false),
    );
  }

  /** An idle worker must not keep the Node process alive; a busy one must (its reply is awaited). */
  private setActive(active: boolean): void {
    const handles = [this.child, this.child.stdout, this.child.stderr, this.child.stdin] as unknown as {
      ref?: () => void;
      unref?: () => void;
    }[];
    for (const h of handles) (active ? h.ref : h.unref)?.call(h);
  }

  private readonly killOnExit = () => {
    this.child.kill('SIGKILL');
  };

  private fail(err: Error): Error {
    if (!this.failure) this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.setActive(false);
    return err;
  }

  /** Parses texts in one `nlp.pipe` call; the order of the result is the order of the texts. */
  async parse(texts: string[]): Promise<ParsedDocData[]> {
    this.waiting += texts.length;
    try {
      await this.ready;
    } finally {
      this.waiting -= texts.length;
    }
    if (this.failure) throw this.failure;
    if (this.closed) throw new Error('the spaCy worker is closed');
    if (texts.length === 0) return [];
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, count: texts.length });
      this.setActive(true);
      this.child.stdin.write(`${JSON.stringify({ id, texts })}\n`);
    });
  }

  /** Closes stdin (the worker exits on EOF) and waits for the process to end. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    process.removeListener('exit', this.killOnExit);
    this.fail(new Error('the spaCy worker was closed'));
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    // Awaited: keep the loop alive until the exit arrives. Unref'd, a worker still loading spaCy past the grace
    // timer let Node end before close() resolved — with exit code 0, whatever the caller meant to set after it.
    this.setActive(true);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.child.stdin.end();
    });
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
