import type { LocalNeo4j } from './server.ts';

/**
 * Stops the server on Ctrl-C, SIGTERM and normal exit. Signals get a clean shutdown (Neo4j flushes its
 * store); a plain `exit` can only send SIGTERM without waiting, and the JVM's closed stdin covers a crash.
 */
export function stopOnExit(server: Pick<LocalNeo4j, 'stop' | 'pid'>, onStopped: () => void = () => {}): void {
  let stopping = false;
  // A requested stop that completes is a success: exit 0 (pnpm would report any other code as a failure).
  const handle = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().finally(() => {
      onStopped();
      process.exit(0);
    });
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
  process.once('exit', () => {
    try {
      process.kill(server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  });
}
