// Extraction for ingest: the parse-based extractor of @newsgraph/extract, one spaCy worker process per core.
// The rules run on the main thread when a parse comes back; the Python workers do the heavy part in parallel.
import { availableParallelism } from 'node:os';
import {
  createExtractor,
  type ArticleInput,
  type Extractor as ArticleExtractor,
  type ExtractOutcome,
} from '@newsgraph/extract';

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

/** Articles per parse request: small enough to spread a batch over every worker, big enough for nlp.pipe. */
export const CHUNK_ARTICLES = 20;

/** Worker restarts after a crash before the run gives up restarting (a broken environment would loop forever). */
const MAX_RESTARTS = 3;

/**
 * A pool of `workers` spaCy processes. If a worker dies mid-batch (a crash on one pathological text), the pool is
 * restarted and that batch retried article by article, so only the article that kills it fails.
 */
export function createExtractorPool(
  workers = defaultWorkerCount(),
  open: (workers: number) => ArticleExtractor = (n) => createExtractor({ workers: n }),
): Extractor {
  const size = Math.max(1, workers);
  let current = open(size);
  let generation = 0;
  let restarts = 0;
  let closed = false;
  let recovering: Promise<unknown> = Promise.resolve();

  const restart = async (failedGeneration: number) => {
    if (failedGeneration !== generation) return; // another batch already restarted it
    if (restarts >= MAX_RESTARTS) throw new Error(`the spaCy workers crashed ${restarts + 1} times; giving up`);
    restarts += 1;
    generation += 1;
    const dead = current;
    current = open(size);
    await dead.close().catch(() => {});
  };

  const extractChunk = async (inputs: ArticleInput[]): Promise<ExtractOutcome[]> => {
    const used = generation;
    try {
      return await current.extractMany(inputs);
    } catch (error) {
      if (closed) throw error;
      await restart(used);
      if (inputs.length === 1) return [failed(error)];
      // Retries of every failed chunk run one article at a time, one after another, so a crash during a retry is
      // that article's own.
      const retry = recovering.then(async () => {
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
      });
      recovering = retry.catch(() => {});
      return retry;
    }
  };

  // A batch is cut into chunks sent one by one: each goes to the least busy worker, so every worker shares every
  // batch (a 200-article batch would otherwise keep one worker busy and leave the other idle), and the rules of
  // the first chunks run on this thread while the workers parse the next.
  const extract = async (inputs: ArticleInput[]): Promise<ExtractOutcome[]> => {
    if (closed) throw new Error('the extractor is closed');
    const pending: Promise<ExtractOutcome[]>[] = [];
    for (let i = 0; i < inputs.length; i += CHUNK_ARTICLES) {
      const chunk = extractChunk(inputs.slice(i, i + CHUNK_ARTICLES));
      chunk.catch(() => {}); // observed by Promise.all below
      pending.push(chunk);
      // A worker counts a request as load only once it has been sent (after a microtask): let that happen before
      // choosing the worker for the next chunk, or every chunk of a batch would go to the same one.
      if (i + CHUNK_ARTICLES < inputs.length) await new Promise((resolve) => setImmediate(resolve));
    }
    return (await Promise.all(pending)).flat();
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

const failed = (error: unknown): ExtractOutcome => ({
  ok: false,
  code: 'EXTRACT_FAILED',
  message: (error as Error).message,
});

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
