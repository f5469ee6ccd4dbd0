import type { ArticleInput } from './articleInput.ts';
import { readFrontMatter } from './frontMatter.ts';
import { normalizePublishedAt } from './normalizeDate.ts';

export interface MarkdownArticle extends ArticleInput {
  /** Every front-matter key as parsed (notes, language, origin …). */
  frontMatter: Record<string, unknown>;
}

const optionalString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Markdown with optional YAML front matter (title, publishedAt, url, source; only YAML, see frontMatter.ts); the body is kept verbatim. */
export function readMarkdownArticle(markdown: string): MarkdownArticle {
  // Throws ExtractInputError('UNREADABLE') for non-YAML front matter (---js …) or YAML it cannot read.
  const { data: fm, content } = readFrontMatter(markdown);
  const out: MarkdownArticle = { text: content, frontMatter: fm };
  const title = optionalString(fm.title);
  if (title) out.title = title;
  const publishedAt = normalizePublishedAt(fm.publishedAt ?? fm.date ?? fm.published);
  if (publishedAt) out.publishedAt = publishedAt;
  const url = optionalString(fm.url);
  if (url) out.url = url;
  const source = optionalString(fm.source);
  if (source) out.source = source;
  return out;
}
