import type { LocalNeo4j } from './server.ts';
import { onShutdown, treatSignalsAsNormalStop } from './runtime/shutdown.ts';

/**
 * For a process whose job is to keep a server running (benchmarks, tools): Ctrl-C / SIGTERM stop it cleanly and
 * exit 0. Commands that open the graph need not call this — `attachOrStartLocalNeo4j` registers its own stop.
 * A plain exit or a crash is covered by startLocalNeo4j's exit hook and by the JVM's closed stdin.
 */
export function stopOnExit(server: Pick<LocalNeo4j, 'stop' | 'pid'>, onStopped: () => void = () => {}): void {
  treatSignalsAsNormalStop();
  onShutdown(async () => {
    await server.stop();
    onStopped();
  });
}
