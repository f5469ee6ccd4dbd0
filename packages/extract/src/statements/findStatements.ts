import type { ArticleContext } from '../article/articleContext.ts';
import type { ExtractionStatement } from '../extractionSchema.ts';

export function findStatements(_ctx: ArticleContext): ExtractionStatement[] {
  return [];
}
