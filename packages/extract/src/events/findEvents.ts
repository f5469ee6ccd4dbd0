import type { ArticleContext } from '../article/articleContext.ts';
import type { ExtractionEvent } from '../extractionSchema.ts';

export function findEvents(_ctx: ArticleContext): ExtractionEvent[] {
  return [];
}
