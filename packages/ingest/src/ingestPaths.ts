import type { GraphConnection } from '@newsgraph/graph';
import { describeRejectedUrl, tryParsePublishedAt, webUrl } from '@newsgraph/model';
import { articleIdentity } from './identity/articleIdentity.ts';
import { runIngest, type IngestOptions } from './pipeline/runIngest.ts';
import type { IngestSummary } from './pipeline/ingestSummary.ts';
import { givenTitle } from './sources/articleRules.ts';
import { readSources, type ReadSourcesOptions } from './sources/readSources.ts';
import type { SourceArticle } from './sources/sourceArticle.ts';
import type { SourceItem } from './sources/sourceItem.ts';

/** Something ingest changed or could not know about an article it still ingested (a dropped link, no date). */
export interface IngestWarning {
  origin: string;
  message: string;
}

export type IngestPathsOptions = IngestOptions & ReadSourcesOptions & { onWarning?: (warning: IngestWarning) => void };

/** Hands each article's warnings to the caller as the article goes by, so they are reported per file. */
async function* reportingWarnings(
  items: AsyncIterable<SourceItem>,
  onWarning?: (warning: IngestWarning) => void,
): AsyncGenerator<SourceItem> {
  for await (const item of items) {
    for (const message of item.article?.warnings ?? []) onWarning?.({ origin: item.article!.origin, message });
    yield item;
  }
}

/** Ingests files, folders (recursively) and '-' (standard input) into the graph. */
export function ingestPaths(
  graph: GraphConnection | null,
  paths: string[],
  options: IngestPathsOptions = {},
): Promise<IngestSummary> {
  return runIngest(graph, reportingWarnings(readSources(paths, { stdin: options.stdin }), options.onWarning), options);
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
export async function ingestArticle(
  graph: GraphConnection,
  input: IngestArticleInput,
  options: Omit<IngestOptions, 'workers' | 'extractor'> = {},
): Promise<IngestArticleResult> {
  const origin = options.dryRun ? 'api (dry run)' : 'api';
  const article: SourceArticle = { text: input.text, origin };
  // The same edge rules as files, but a caller gets a clear refusal instead of a dropped field and a warning.
  try {
    const title = givenTitle(input.title, origin);
    if (title) article.title = title;
  } catch (error) {
    throw new IngestArticleError('INVALID_ARTICLE', (error as Error).message.replace(`${origin}: `, ''));
  }
  if (input.publishedAt) {
    const published = tryParsePublishedAt(input.publishedAt);
    if (!published)
      throw new IngestArticleError(
        'BAD_DATE',
        `publishedAt "${input.publishedAt.slice(0, 40)}" is not an ISO date or datetime`,
      );
    article.publishedAt = published.text;
  }
  if (input.url) {
    if (!webUrl(input.url)) throw new IngestArticleError('INVALID_URL', describeRejectedUrl(input.url));
    article.url = input.url.trim();
  }
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
