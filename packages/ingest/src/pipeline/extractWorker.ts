// Runs in a piscina worker thread (loaded through tsx's loader): extraction is CPU-bound and pure.
import { extractArticle, type ArticleInput, type Extraction } from '@newsgraph/extract';

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; code: string; message: string };

/** Extracts a batch of articles; one article's failure is reported in its slot, never thrown. */
export default function extractBatch(inputs: ArticleInput[]): ExtractOutcome[] {
  return inputs.map((input) => {
    try {
      return { ok: true, extraction: extractArticle(input) };
    } catch (error) {
      const e = error as Error & { code?: string };
      return { ok: false, code: e.code ?? 'EXTRACT_FAILED', message: e.message };
    }
  });
}
