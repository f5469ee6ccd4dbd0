import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { ArticleInput } from '@newsgraph/extract';
import { Piscina } from 'piscina';
import extractBatch, { type ExtractOutcome } from './extractWorker.ts';

/** Extracts batches of articles, in worker threads or (workers: 0) on the calling thread. */
export interface Extractor {
  extract(inputs: ArticleInput[]): Promise<ExtractOutcome[]>;
  readonly threads: number;
  close(): Promise<void>;
}

/** tsx's ESM loader as a file URL, so worker threads can import the TypeScript worker module. */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

/** Default: one worker per core but one, leaving a core for the main thread (resolution, driver I/O). */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createExtractor(workers = defaultWorkerCount()): Extractor {
  if (workers <= 0) {
    return { threads: 0, extract: async (inputs) => extractBatch(inputs), close: async () => {} };
  }
  const pool = new Piscina({
    filename: new URL('./extractWorker.ts', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    execArgv: ['--import', tsxLoader()],
    // Each worker holds one batch at a time; the pipeline bounds how many wait in the queue.
    concurrentTasksPerWorker: 1,
  });
  // A worker that dies outside a task (e.g. the extractor fails to load) is reported by the pool as an
  // 'error' event; without a listener Node would crash the process. Tasks still reject and are counted failed.
  let lastError: Error | null = null;
  pool.on('error', (error: Error) => {
    lastError = error;
  });
  return {
    threads: workers,
    extract: (inputs) =>
      (pool.run(inputs) as Promise<ExtractOutcome[]>).catch((error: Error) => {
        throw lastError && lastError !== error ? new Error(`${error.message} (worker: ${lastError.message})`) : error;
      }),
    close: () => pool.destroy(),
  };
}
