export { MAX_TEXT_LENGTH } from './article/prepareArticle.ts';
export type {
  Extraction,
  ExtractionEntity,
  ExtractionEvent,
  ExtractionRole,
  ExtractionStatement,
  Span,
} from './extractionSchema.ts';
export { extractionSchema } from './extractionSchema.ts';
export { validateExtraction, assertValidExtraction, type ValidationResult } from './validateExtraction.ts';
export { EXTRACTOR_VERSION } from './version.ts';
export { ExtractInputError } from './errors.ts';
export type { ArticleInput } from './readers/articleInput.ts';
export { readMarkdownArticle, type MarkdownArticle } from './readers/readMarkdownArticle.ts';
export { readHtmlArticle } from './readers/readHtmlArticle.ts';
export { parseArticleFile, formatForPath, sniffFormat, type ArticleFormat } from './readers/parseArticleFile.ts';
export { normalizePublishedAt } from './readers/normalizeDate.ts';
// The parse-based extractor (spaCy workers) for ingestion and the bench.
export { createExtractor, type Extractor, type ExtractorOptions, type ExtractOutcome } from './extractor.ts';
export type { WorkerInfo } from './parse/parsedDoc.ts';
