import type { SourceArticle } from './sourceArticle.ts';
import type { SourceError } from './sourceError.ts';

/** What a source yields: an article, or a typed error for a file, line or item that gave none. */
export type SourceItem = { article: SourceArticle; error?: undefined } | { error: SourceError; article?: undefined };
