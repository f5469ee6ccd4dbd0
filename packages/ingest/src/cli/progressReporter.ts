import cliProgress from 'cli-progress';
import { processedCount, type IngestSummary } from '../pipeline/ingestSummary.ts';

export interface ProgressReporter {
  update(summary: IngestSummary): void;
  /** A line (an error) printed above the bar, or as is without a TTY. */
  log(line: string): void;
  stop(): void;
}

const formatEta = (seconds: number) => {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
};

/**
 * Progress on stderr: a cli-progress bar with articles/s and ETA on a terminal; plain lines every few
 * seconds otherwise (logs, CI), so output stays readable when redirected.
 */
export interface ProgressOptions {
  /** What the plain lines start with (default "ingest"). */
  label?: string;
  /** Plain lines even on a terminal (the start command, whose server logs would tear a bar). */
  plain?: boolean;
  /** Time between plain lines (default 2 s). */
  intervalMs?: number;
}

export function createProgressReporter(
  estimatedTotal: number | null,
  stream: NodeJS.WriteStream = process.stderr,
  options: ProgressOptions = {},
): ProgressReporter {
  const started = Date.now();
  let total = estimatedTotal ?? 0;
  const figures = (s: IngestSummary) => {
    const done = processedCount(s);
    if (done > total) total = done;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = estimatedTotal !== null && rate > 0 ? (total - done) / rate : NaN;
    return { done, rate, eta };
  };
  if (stream.isTTY && !options.plain) {
    const multi = new cliProgress.MultiBar(
      {
        stream,
        format: ' {bar} {value}/{total} articles | {rate} articles/s | ETA {etaText} | {failed} failed',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    const bar = multi.create(Math.max(total, 1), 0, { rate: '0.0', etaText: '?', failed: 0 });
    return {
      update(s) {
        const { done, rate, eta } = figures(s);
        bar.setTotal(Math.max(total, 1));
        bar.update(done, { rate: rate.toFixed(1), etaText: formatEta(eta), failed: s.articles.failed });
      },
      log(line) {
        multi.log(`${line}\n`);
      },
      stop() {
        multi.stop();
      },
    };
  }
  let lastPrint = 0;
  return {
    update(s) {
      const now = Date.now();
      if (now - lastPrint < (options.intervalMs ?? 2000)) return;
      lastPrint = now;
      const { done, rate, eta } = figures(s);
      stream.write(
        `${options.label ?? 'ingest'}: ${done}${estimatedTotal !== null ? `/${total}` : ''} articles, ${rate.toFixed(1)} articles/s, ETA ${formatEta(eta)}, ${s.articles.failed} failed\n`,
      );
    },
    log(line) {
      stream.write(`${line}\n`);
    },
    stop() {},
  };
}
