import type { SourceArticle } from './sourceArticle.ts';

/** Plain text: the whole file is the article; a short first line doubles as its title. */
export function readTextArticle(text: string, origin: string): SourceArticle {
  const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  const article: SourceArticle = { text, origin };
  if (firstLine && firstLine.length <= 200) article.title = firstLine;
  return article;
}
