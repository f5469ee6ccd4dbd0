export { readSources, readSourceFile, type ReadSourcesOptions } from './readSources.ts';
export { SourceError, type SourceErrorCode } from './sourceError.ts';
export type { SourceArticle } from './sourceArticle.ts';
export { jsonArticleSchema } from './sourceArticle.ts';
export type { SourceItem } from './sourceItem.ts';
export { formatForFile, sniffSourceFormat, type SourceFormat } from './sourceFormat.ts';
