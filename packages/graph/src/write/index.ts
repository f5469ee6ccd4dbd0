// Writers used by packages/ingest: one module per write (writeArticleBatch, retractArticle, …).
export * from './articleFacts.ts';
export { writeArticleBatch, emptyResult as emptyWriteResult } from './writeArticleBatch.ts';
export { retractArticle, type RetractResult } from './retractArticle.ts';
export { findArticleVersions, hasAnyArticle, type ArticleVersion } from './findArticleVersions.ts';
export { lookupEntitiesByKeys, type StoredEntity } from './lookupEntitiesByKeys.ts';
export { loadArticleInputs, findArticlesMentioning, type StoredArticleInput } from './loadArticleInputs.ts';
export {
  recordEntityMerge,
  recordEntitySplit,
  renameEntityNode,
  CurationError,
  type MergeRecord,
  type SplitRecord,
} from './curateEntities.ts';
export { countGraph, type GraphCounts } from './countGraph.ts';
export { bareUnwindCreate, clearBareUnwindCreate, type BareCreateBatch } from './bareUnwindCreate.ts';
export {
  readStoredArticlePage,
  countArticlesByExtractorVersion,
  type StoredArticleSelection,
} from './readStoredArticles.ts';
export { graphChecksum } from './graphChecksum.ts';
export { countDuplicates, type DuplicateCounts } from './countDuplicates.ts';
