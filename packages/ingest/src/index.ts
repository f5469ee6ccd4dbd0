// @newsgraph/ingest: sources → extract (spaCy worker processes) → resolve → graph writes.
export {
  ingestPaths,
  ingestArticle,
  IngestArticleError,
  type IngestArticleInput,
  type IngestArticleResult,
  type IngestWarning,
  type IngestPathsOptions,
} from './ingestPaths.ts';
export { ingestSeedIfEmpty } from './ingestSeedIfEmpty.ts';
export { runIngest, type IngestOptions } from './pipeline/runIngest.ts';
export { createExtractorPool, defaultWorkerCount, sharedExtractor, type Extractor } from './pipeline/extractPool.ts';
export {
  emptySummary,
  factCount,
  processedCount,
  type IngestError,
  type IngestSummary,
} from './pipeline/ingestSummary.ts';
export {
  mergeEntities,
  splitEntity,
  renameEntity,
  CurationError,
  type MergeResult,
  type SplitResult,
} from './curate/curateEntities.ts';
export { retractArticle } from '@newsgraph/graph';
export { describeSummary } from './cli/describeSummary.ts';
export * from './sources/index.ts';
export { articleIdentity, normalizeText, type ArticleIdentity } from './identity/articleIdentity.ts';
export { canonicalUrl } from './identity/canonicalUrl.ts';
export {
  resolveEntities,
  type EntityLookup,
  type ArticleToResolve,
  type ResolvedArticle,
} from './resolve/resolveEntities.ts';
export { buildArticleFacts, eventId, statementId } from './facts/buildArticleFacts.ts';
export {
  reextractStored,
  planReextraction,
  type ReextractOptions,
  type ReextractPlan,
} from './reextract/reextractStored.ts';
export { reextractOutdated } from './reextract/reextractOutdated.ts';
export { describePlan, describeReextractSummary } from './reextract/describeReextract.ts';
export {
  ingestUploadedFile,
  MAX_UPLOAD_ARTICLES,
  MAX_UPLOAD_ARTICLE_CHARS,
  type UploadProgress,
  type UploadResult,
} from './ingestUpload.ts';
export { readUploadedFile } from './sources/readUploadedFile.ts';
export * from './feeds/index.ts';
export {
  writeLocalApiKeyFile,
  removeLocalApiKeyFile,
  readLocalApiKeyFile,
  localApiKeyPath,
  type LocalApiKeyRecord,
} from './runningServer/localApiKeyFile.ts';
