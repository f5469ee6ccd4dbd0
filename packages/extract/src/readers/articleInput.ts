/** What the extractor takes: the text and optional metadata. */
export interface ArticleInput {
  text: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) or datetime; the anchor for relative dates. */
  publishedAt?: string;
  url?: string;
  source?: string;
}
