import type { GraphConnection } from '@newsgraph/graph';
import { articleIdentity } from './identity/articleIdentity.ts';
import { runIngest } from './pipeline/runIngest.ts';
import type { IngestError } from './pipeline/ingestSummary.ts';
import { readUploadedFile } from './sources/readUploadedFile.ts';
import type { SourceArticle } from './sources/sourceArticle.ts';

/** Longest article text an upload may carry (the API's ingestArticle cap): bigger ones are refused, not truncated. */
export const MAX_UPLOAD_ARTICLE_CHARS = 1_000_000;
/** Articles one uploaded file may hold: a bigger corpus is a job for `pnpm ingest`. */
export const MAX_UPLOAD_ARTICLES = 2_000;

export type UploadProgress = { phase: 'read'; articles: number } | { phase: 'ingesting'; done: number; total: number };

export interface UploadResult {
  name: string;
  /** ok: read and ingested (some articles may still have failed extraction: see articles.failed); refused: nothing written. */
  status: 'ok' | 'refused';
  articles: { total: number; new: number; updated: number; unchanged: number; failed: number };
  written: { entities: number; events: number; statements: number };
  articleIds: string[];
  errors: IngestError[];
  warnings: { origin: string; message: string }[];
}

/**
 * One uploaded file through the CLI's reader and pipeline. The whole file is read and checked before anything is
 * written: one bad line, item or article refuses the file (every problem listed), so a drop never leaves half a
 * file in the graph. A file that reads cleanly goes through `runIngest` — hash check (the same file twice writes
 * nothing), extraction by the process-wide shared spaCy worker (started on first use), resolution, one
 * transaction per batch.
 */
export async function ingestUploadedFile(
  graph: GraphConnection,
  file: { name: string; bytes: Uint8Array },
  options: { onProgress?: (progress: UploadProgress) => void; maxArticles?: number } = {},
): Promise<UploadResult> {
  const maxArticles = options.maxArticles ?? MAX_UPLOAD_ARTICLES;
  const result: UploadResult = {
    name: file.name,
    status: 'refused',
    articles: { total: 0, new: 0, updated: 0, unchanged: 0, failed: 0 },
    written: { entities: 0, events: 0, statements: 0 },
    articleIds: [],
    errors: [],
    warnings: [],
  };
  const articles: SourceArticle[] = [];
  for await (const item of readUploadedFile(file.name, file.bytes)) {
    if (item.error) {
      result.errors.push({ origin: item.error.origin, code: item.error.code, message: item.error.message });
      continue;
    }
    const article = item.article;
    if (article.text.length > MAX_UPLOAD_ARTICLE_CHARS) {
      result.errors.push({
        origin: article.origin,
        code: 'TOO_LARGE',
        message: `${article.origin}: the text is longer than ${MAX_UPLOAD_ARTICLE_CHARS} characters`,
      });
      continue;
    }
    if (articles.length >= maxArticles) {
      result.errors.push({
        origin: file.name,
        code: 'TOO_MANY_ARTICLES',
        message: `${file.name}: more than ${maxArticles} articles in one file — use pnpm ingest for a corpus`,
      });
      break;
    }
    articles.push(article);
    for (const message of article.warnings ?? []) result.warnings.push({ origin: article.origin, message });
  }
  result.articles.total = articles.length;
  if (result.errors.length > 0) return result;
  if (articles.length === 0) {
    result.errors.push({ origin: file.name, code: 'EMPTY_FILE', message: `${file.name}: no article in this file` });
    return result;
  }
  options.onProgress?.({ phase: 'read', articles: articles.length });
  result.articleIds = [...new Set(articles.map((a) => articleIdentity(a).id))];
  let done = 0;
  const summary = await runIngest(
    graph,
    (async function* () {
      for (const article of articles) yield { article };
    })(),
    {
      workers: 0,
      onArticle: () => options.onProgress?.({ phase: 'ingesting', done: ++done, total: articles.length }),
    },
  );
  result.status = 'ok';
  result.articles = { total: articles.length, ...summary.articles };
  result.written = {
    entities: summary.written.entities,
    events: summary.written.events,
    statements: summary.written.statements,
  };
  result.errors = summary.errors;
  if (summary.aborted)
    result.errors.push({
      origin: file.name,
      code: 'DATABASE_UNAVAILABLE',
      message: 'the database became unreachable; what was not written can be uploaded again',
    });
  return result;
}
