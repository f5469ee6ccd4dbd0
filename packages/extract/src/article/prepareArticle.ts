// Input checks and page segmentation: what text goes to the parser, and which parts never carry facts.
import { ExtractInputError } from '../errors.ts';
import { segmentPage, type PageSegments } from '../page/segmentPage.ts';
import type { ArticleInput } from '../readers/articleInput.ts';
import { normalizePublishedAt } from '../readers/normalizeDate.ts';

/** Larger inputs are refused with a typed error: a news article is far smaller, and parsing is ~6 000 words/CPU-s. */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;

export interface PreparedArticle {
  input: ArticleInput;
  text: string;
  publishedAt: string | null;
  page: PageSegments;
  /** The body, which is all the parser sees (offsets are shifted back by body.start). */
  parseText: string;
}

export function prepareArticle(input: ArticleInput): PreparedArticle {
  // The edge for callers outside TypeScript (JSON lines, workers): whatever arrived is checked, not trusted.
  const arrived: unknown = input;
  if (typeof arrived !== 'object' || arrived === null || typeof input.text !== 'string')
    throw new ExtractInputError('NOT_TEXT', 'extractArticle needs { text: string }');
  const text = input.text;
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ExtractInputError(
      'TOO_LARGE',
      `article text is ${text.length} characters; the limit is ${MAX_TEXT_LENGTH}`,
    );
  }
  const publishedAt = normalizePublishedAt(input.publishedAt) ?? null;
  const page = segmentPage(text);
  return { input, text, publishedAt, page, parseText: text.slice(page.body.start, page.body.end) };
}
