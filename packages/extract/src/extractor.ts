// The extractor as callers use it: articles in, Extractions out, parsing through spaCy workers it owns.
import { extractFromParse } from './article/extractFromParse.ts';
import { prepareArticle, type PreparedArticle } from './article/prepareArticle.ts';
import type { Extraction } from './extractionSchema.ts';
import { ParserPool, type TextParser } from './parse/parserPool.ts';
import type { WorkerInfo } from './parse/parsedDoc.ts';
import type { ArticleInput } from './readers/articleInput.ts';

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; code: string; message: string };

export interface Extractor {
  /** One article; throws ExtractInputError on unusable input. */
  extract(input: ArticleInput): Promise<Extraction>;
  /** Many articles in one parse call; one article's failure is reported in its slot, never thrown. */
  extractMany(inputs: ArticleInput[]): Promise<ExtractOutcome[]>;
  /** The spaCy model the workers loaded. */
  info(): Promise<WorkerInfo>;
  close(): Promise<void>;
}

export interface ExtractorOptions {
  /** spaCy worker processes (one per core for ingest; default 1). */
  workers?: number;
  /** A parser to use instead of starting workers (shared by several extractors). */
  parser?: TextParser;
}

const failure = (error: unknown): ExtractOutcome => {
  const e = error as Error & { code?: string };
  return { ok: false, code: e.code ?? 'EXTRACT_FAILED', message: e.message };
};

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const parser = options.parser ?? new ParserPool(options.workers ?? 1);
  const owned = !options.parser;
  const extractMany = async (inputs: ArticleInput[]): Promise<ExtractOutcome[]> => {
    const prepared: (PreparedArticle | ExtractOutcome)[] = inputs.map((input) => {
      try {
        return prepareArticle(input);
      } catch (error) {
        return failure(error);
      }
    });
    const ready = prepared.filter((p): p is PreparedArticle => 'parseText' in p);
    const parses = await parser.parse(ready.map((p) => p.parseText));
    const byArticle = new Map(ready.map((p, k) => [p, parses[k]!]));
    return prepared.map((p) => {
      if (!('parseText' in p)) return p;
      try {
        return { ok: true, extraction: extractFromParse(p, byArticle.get(p)!) };
      } catch (error) {
        return failure(error);
      }
    });
  };
  return {
    async extract(input) {
      const prepared = prepareArticle(input);
      const [parsed] = await parser.parse([prepared.parseText]);
      return extractFromParse(prepared, parsed!);
    },
    extractMany,
    info: () => parser.info(),
    close: async () => {
      if (owned) await parser.close();
    },
  };
}
