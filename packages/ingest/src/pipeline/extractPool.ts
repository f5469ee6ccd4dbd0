// Extraction for ingest: the parse-based extractor of @newsgraph/extract, one spaCy worker process per core.
// The rules run on the main thread when a parse comes back; the Python workers do the heavy part in parallel.
import { availableParallelism } from 'node:os';
import { createExtractor, type ArticleInput, type Extractor as ArticleExtractor, type ExtractOutcome } from '@newsgraph/extract';

export type { ExtractOutcome };

/** Extracts batches of articles; one article's failure is reported in its slot, never thrown. */
export interface Extractor {
  extract(inputs: ArticleInput[]): Promise<ExtractOutcome[]>;
  /** spaCy worker processes behind it (the pipeline keeps 2 × workers batches in flight). */
  readonly workers: number;
  close(): Promise<void>;
}

/** Default: one spaCy worker per core. The main thread's rules and writes fit beside them (they mostly wait). */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** Worker restarts after a crash before the run gives up restarting (a broken environment would loop forever). */
const MAX_RESTARTS = 3;

/**
 * A pool of `workers` spaCy processes. If a worker dies mid-batch (a crash on one pathological text), the pool is
 * restarted and that batch retried article by article, so only the article that kills it fails.
 */
export function createExtractorPool(workers = defaultWorkerCount(), open: (workers: number) => ArticleExtractor = (n) => createExtractor({ workers: n })): Extractor {
  const size = Math.max(1, workers);
  let current = open(size);
  let generation = 0;
  let restarts = 0;
  let closed = false;

  const restart = async (failedGeneration: number) => {
    if (failedGeneration !== generation) return; // another batch already restarted it
    if (restarts >= MAX_RESTARTS) throw new Error(`the spaCy workers crashed ${restarts + 1} times; giving up`);
    restarts += 1;
    generation += 1;
    const dead = current;
    current = open(size);
    await dead.close().catch(() => {});
  };

  const extract = async (inputs: ArticleInput[]): Promise<ExtractOutcome[]> => {
    if (closed) throw new Error('the extractor is closed');
    const used = generation;
    try {
      return await current.extractMany(inputs);
    } catch (error) {
      if (closed) throw error;
      await restart(used);
      if (inputs.length === 1) return [failed(error)];
      const out: ExtractOutcome[] = [];
      for (const input of inputs) {
        const one = generation;
        try {
          out.push(...(await current.extractMany([input])));
        } catch (inner) {
          out.push(failed(inner));
          await restart(one);
        }
      }
      return out;
    }
  };

  return {
    workers: size,
    extract,
    close: async () => {
      closed = true;
      await current.close();
    },
  };
}

const failed = (error: unknown): ExtractOutcome => ({ ok: false, code: 'EXTRACT_FAILED', message: (error as Error).message });

let shared: Extractor | null = null;

/**
 * One spaCy worker for the whole process, started on first use and never closed: small jobs (an API mutation,
 * curation, the seed) would otherwise pay the model load (seconds) each time. An idle worker keeps nothing
 * alive and is killed when this process exits.
 */
export function sharedExtractor(): Extractor {
  if (!shared) {
    const pool = createExtractorPool(1);
    shared = { workers: 1, extract: (inputs) => pool.extract(inputs), close: async () => {} };
  }
  return shared;
}

/** The extractor a run uses: `workers` ≤ 0 → the shared one (not closed by the run), otherwise its own pool. */
export function openExtractor(workers?: number): { extractor: Extractor; owned: boolean } {
  if (workers !== undefined && workers <= 0) return { extractor: sharedExtractor(), owned: false };
  return { extractor: createExtractorPool(workers ?? defaultWorkerCount()), owned: true };
}
