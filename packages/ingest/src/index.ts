// @newsgraph/ingest: sources → extract (worker threads) → resolve → graph writes.
export { ingestPaths, ingestArticle, IngestArticleError, type IngestArticleInput, type IngestArticleResult } from './ingestPaths.ts';
export { ingestSeedIfEmpty } from './ingestSeedIfEmpty.ts';
export { runIngest, type IngestOptions } from './pipeline/runIngest.ts';
export { createExtractor, defaultWorkerCount, type Extractor } from './pipeline/extractPool.ts';
export { emptySummary, factCount, processedCount, type IngestError, type IngestSummary } from './pipeline/ingestSummary.ts';
export { mergeEntities, splitEntity, renameEntity, CurationError, type MergeResult, type SplitResult } from './curate/curateEntities.ts';
export { retractArticle } from '@newsgraph/graph';
export { describeSummary } from './cli/describeSummary.ts';
export * from './sources/index.ts';
export { articleIdentity, normalizeText, type ArticleIdentity } from './identity/articleIdentity.ts';
export { canonicalUrl } from './identity/canonicalUrl.ts';
export { resolveEntities, type EntityLookup, type ArticleToResolve, type ResolvedArticle } from './resolve/resolveEntities.ts';
export { buildArticleFacts, eventId, statementId } from './facts/buildArticleFacts.ts';
