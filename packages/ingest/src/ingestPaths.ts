import type { GraphConnection } from '@newsgraph/graph';
import { articleIdentity } from './identity/articleIdentity.ts';
import { runIngest, type IngestOptions } from './pipeline/runIngest.ts';
import type { IngestSummary } from './pipeline/ingestSummary.ts';
import { readSources, type ReadSourcesOptions } from './sources/readSources.ts';
import type { SourceArticle } from './sources/sourceArticle.ts';
import type { SourceItem } from './sources/sourceItem.ts';

/** Ingests files, folders (recursively) and '-' (standard input) into the graph. */
export function ingestPaths(graph: GraphConnection | null, paths: string[], options: IngestOptions & ReadSourcesOptions = {}): Promise<IngestSummary> {
  return runIngest(graph, readSources(paths, { stdin: options.stdin }), options);
}

export interface IngestArticleInput {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  source?: string | null;
  language?: string | null;
  id?: string | null;
}

export interface IngestArticleResult {
  articleId: string;
  status: 'new' | 'updated' | 'unchanged';
  summary: IngestSummary;
}

/**
 * One article from a caller (the API's ingestArticle mutation): extracted by the shared spaCy worker, resolved and
 * written in one transaction. Throws when it could not be written, with the reason.
 */
export async function ingestArticle(graph: GraphConnection, input: IngestArticleInput, options: Omit<IngestOptions, 'workers' | 'extractor'> = {}): Promise<IngestArticleResult> {
  const article: SourceArticle = { text: input.text, origin: options.dryRun ? 'api (dry run)' : 'api' };
  if (input.title) article.title = input.title;
  if (input.publishedAt) article.publishedAt = input.publishedAt;
  if (input.url) article.url = input.url;
  if (input.source) article.source = input.source;
  if (input.language) article.language = input.language;
  if (input.id) article.externalId = input.id;
  const { id } = articleIdentity(article);
  async function* one(): AsyncGenerator<SourceItem> {
    yield { article };
  }
  const summary = await runIngest(graph, one(), { ...options, workers: 0 });
  if (summary.articles.failed > 0) {
    const error = summary.errors[0];
    throw new IngestArticleError(error?.code ?? 'FAILED', error?.message ?? 'the article could not be ingested');
  }
  const status = summary.articles.new ? 'new' : summary.articles.updated ? 'updated' : 'unchanged';
  return { articleId: id, status, summary };
}

export class IngestArticleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'IngestArticleError';
  }
}
