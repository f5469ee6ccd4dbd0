import matter from 'gray-matter';
import { ExtractInputError } from '../errors.ts';
import type { ArticleInput } from './articleInput.ts';
import { normalizePublishedAt } from './normalizeDate.ts';

export interface MarkdownArticle extends ArticleInput {
  /** Every front-matter key as parsed (notes, language, origin …). */
  frontMatter: Record<string, unknown>;
}

const optionalString = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Markdown with optional YAML front matter (title, publishedAt, url, source); the body is kept verbatim. */
export function readMarkdownArticle(markdown: string): MarkdownArticle {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object turns off gray-matter's module-level cache (it would keep every article in memory).
    parsed = matter(markdown, {});
  } catch (err) {
    throw new ExtractInputError('UNREADABLE', `front matter is not valid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const fm = (parsed.data ?? {}) as Record<string, unknown>;
  const out: MarkdownArticle = { text: parsed.content, frontMatter: fm };
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
