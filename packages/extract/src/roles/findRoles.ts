import type { ArticleContext } from '../article/articleContext.ts';
import type { ExtractionRole } from '../extractionSchema.ts';

export function findRoles(_ctx: ArticleContext): ExtractionRole[] {
  return [];
}
