/**
 * The process's one answer to SIGINT, SIGTERM and SIGHUP: run the registered shutdown steps, newest first (the
 * HTTP server closes before the graph driver, the driver before Neo4j stops), then exit. Every command that may
 * own an embedded Neo4j goes through here, so no two handlers race to stop it and call process.exit halfway.
 *
 * Why the signals arrive here at all: `./newsgraph start` execs pnpm, and the root scripts `exec node --import tsx …`
 * so that pnpm's child is this node process itself (not `sh -c`, which dies on SIGTERM and ignores SIGINT, leaving
 * node orphaned, nor tsx's wrapper process). pnpm forwards SIGINT and SIGTERM to its child and exits with the
 * child's code: 0 here after a requested stop of a server, so no "Command failed".
 */

type Step = () => Promise<void> | void;

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
type HandledSignal = keyof typeof SIGNALS;

const steps: Step[] = [];
const exitHooks = new Set<() => void>();
let installed = false;
let stopping: { at: number } | undefined;
let normalStop = false;
// Beyond this the process exits anyway; the 'exit' hooks still kill the JVM, and its closed stdin stops it too.
const HARD_DEADLINE_MS = 60_000;

/** Adds a step run on a signal (newest first); the returned function removes it once it is no longer needed. */
export function onShutdown(step: Step): () => void {
  install();
  steps.push(step);
  return () => {
    const index = steps.lastIndexOf(step);
    if (index >= 0) steps.splice(index, 1);
  };
}

/** Adds a synchronous last-resort hook for process exit (process.exit, an uncaught error): kill, unlink. */
export function onProcessExit(hook: () => void): () => void {
  install();
  exitHooks.add(hook);
  return () => exitHooks.delete(hook);
}

/**
 * For long-running servers (start, `pnpm neo4j`): a stop asked for by a signal is the normal way to end, so it
 * exits 0. Batch commands keep the conventional 128 + signal number: an interrupted ingest did not succeed.
 */
export function treatSignalsAsNormalStop(): void {
  normalStop = true;
}

/** True once a signal started the shutdown (long-running work can stop early instead of failing loudly). */
export function isShuttingDown(): boolean {
  return stopping !== undefined;
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(SIGNALS) as HandledSignal[]) process.on(signal, () => onSignal(signal));
  process.on('exit', () => {
    for (const hook of exitHooks) {
      try {
        hook();
      } catch {
        // Exit hooks are best effort: the process is going away either way.
      }
    }
  });
}

function onSignal(signal: HandledSignal): void {
  const code = normalStop ? 0 : 128 + SIGNALS[signal];
  if (stopping) {
    // Ctrl-C in a terminal reaches both pnpm and node, and pnpm forwards it again: a repeat within two seconds is
    // that echo. A later one is the user insisting: stop waiting.
    if (Date.now() - stopping.at > 2_000) {
      process.stderr.write(`${signal} again: exiting without waiting for a clean stop\n`);
      process.exit(normalStop ? 130 : code);
    }
    return;
  }
  stopping = { at: Date.now() };
  setTimeout(() => {
    process.stderr.write(`the clean stop took more than ${HARD_DEADLINE_MS / 1000}s: exiting anyway\n`);
    process.exit(1);
  }, HARD_DEADLINE_MS).unref();
  void (async () => {
    for (const step of [...steps].reverse()) {
      try {
        await step();
      } catch (error) {
        process.stderr.write(`while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  })().finally(() => process.exit(code));
}
