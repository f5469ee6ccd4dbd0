import { readMarkdownArticle } from '@newsgraph/extract';
import type { SourceArticle } from './sourceArticle.ts';
import { givenTitle } from './articleRules.ts';
import { SourceError } from './sourceError.ts';

/** Markdown with YAML front matter (title, publishedAt, url, source, language), read by the extractor's reader. */
export function readMarkdownSource(content: string, origin: string): SourceArticle {
  let parsed: ReturnType<typeof readMarkdownArticle>;
  try {
    parsed = readMarkdownArticle(content);
  } catch (error) {
    throw new SourceError('BAD_FRONT_MATTER', origin, (error as Error).message);
  }
  if (parsed.text.trim() === '') throw new SourceError('EMPTY_FILE', origin, 'front matter but no article text');
  const { frontMatter, ...input } = parsed;
  const article: SourceArticle = { ...input, origin };
  // The reader drops a blank title; ingest refuses it like JSON does (one rule for every format).
  const title = givenTitle(frontMatter.title, origin);
  if (title) article.title = title;
  if (typeof frontMatter.language === 'string' && frontMatter.language.trim())
    article.language = frontMatter.language.trim();
  if (typeof frontMatter.id === 'string' && frontMatter.id.trim()) article.externalId = frontMatter.id.trim();
  return article;
}
