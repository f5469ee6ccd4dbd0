import { tryParsePublishedAt } from '@newsgraph/model';
import { z } from 'zod';

/** One article as a source gives it, before identity, extraction and resolution. */
export interface SourceArticle {
  text: string;
  title?: string;
  /** ISO date or datetime. */
  publishedAt?: string;
  url?: string;
  source?: string;
  /** The id the input itself gave (JSON `id`, feed guid); used for identity only when there is no URL. */
  externalId?: string;
  language?: string;
  /** Where it came from: "path", "path:line", "path#item-3", "-" (stdin). */
  origin: string;
  /** Problems that did not stop the article (a link dropped, no date): reported per file, like errors. */
  warnings?: string[];
  /** Identity kept from the graph when curation re-resolves a stored article (its text may be extracted HTML). */
  pinned?: { id: string; contentHash: string };
}

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .nullish();

/** One article object in .json / .jsonl input. `text` and `title` are required; the rest optional. */
export const jsonArticleSchema = z.object({
  id: z
    .union([z.string().min(1), z.number()])
    .transform(String)
    .nullish(),
  url: optionalText,
  title: z.string().trim().min(1, 'title is empty'),
  // The model's one date rule (luxon): precision kept ("2026" stays a year), "2026-03-010" refused here, not at write.
  publishedAt: z
    .string()
    .trim()
    .refine(
      (s) => tryParsePublishedAt(s) !== null,
      'publishedAt is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or datetime',
    )
    .transform((s) => tryParsePublishedAt(s)?.text ?? s),
  source: optionalText,
  language: optionalText,
  text: z.string().refine((s) => s.trim() !== '', 'text is empty'),
});
export type JsonArticle = z.infer<typeof jsonArticleSchema>;
