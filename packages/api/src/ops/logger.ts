import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * The server's structured log: one JSON object per line (request id, operation, status, duration, errors), level
 * from NEWSGRAPH_LOG_LEVEL (default info). pino-pretty is not a dependency, so development gets the same JSON;
 * pipe it through a pretty-printer if wanted. `lines` sends each line to a function instead of stderr (tests).
 */
export function createLogger(options: { production: boolean; lines?: (line: string) => void; level?: string }): Logger {
  const destination: DestinationStream = options.lines
    ? { write: (chunk: string) => options.lines!(chunk.trimEnd()) }
    : pino.destination({ dest: 2, sync: !options.production });
  return pino(
    {
      level: options.level ?? process.env.NEWSGRAPH_LOG_LEVEL ?? 'info',
      base: { app: 'newsgraph-api', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
