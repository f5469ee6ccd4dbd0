import { ExtractInputError } from '../errors.ts';
import type { ArticleInput } from './articleInput.ts';
import { readHtmlArticle } from './readHtmlArticle.ts';
import { readMarkdownArticle } from './readMarkdownArticle.ts';

export type ArticleFormat = 'txt' | 'md' | 'html';

export function formatForPath(path: string): ArticleFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return 'txt';
}

/** Content sniffing for stdin: front matter → md, a tag at the start → html, else plain text. */
export function sniffFormat(content: string): ArticleFormat {
  const head = content.slice(0, 512).trimStart();
  if (head.startsWith('---\n') || head.startsWith('---\r\n')) return 'md';
  if (/^<(?:!doctype html|html|head|body|article|div|p)\b/i.test(head)) return 'html';
  return 'txt';
}

/** Reads an article file's content in the given format (or by its name's extension). */
export function parseArticleFile(content: string, pathOrFormat: string): ArticleInput {
  if (typeof content !== 'string') throw new ExtractInputError('NOT_TEXT', 'article content must be a string');
  const format: ArticleFormat =
    pathOrFormat === 'txt' || pathOrFormat === 'md' || pathOrFormat === 'html'
      ? pathOrFormat
      : formatForPath(pathOrFormat);
  if (format === 'md') {
    const { frontMatter: _fm, ...input } = readMarkdownArticle(content);
    return input;
  }
  if (format === 'html') return readHtmlArticle(content);
  return { text: content };
}
