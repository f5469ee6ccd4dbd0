import type { LocalNeo4j } from './server.ts';

/**
 * Stops the server on Ctrl-C, SIGTERM and normal exit. Signals get a clean shutdown (Neo4j flushes its
 * store); a plain `exit` can only send SIGTERM without waiting, and the JVM's closed stdin covers a crash.
 */
export function stopOnExit(server: Pick<LocalNeo4j, 'stop' | 'pid'>, onStopped: () => void = () => {}): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void server.stop().finally(() => {
      onStopped();
      process.exit(signal === 'SIGINT' ? 130 : 143);
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
