import { ExtractInputError } from './errors.ts';
import type { Extraction } from './extractionSchema.ts';
import { buildEntities } from './pipeline/buildEntities.ts';
import { findEvents } from './pipeline/findEvents.ts';
import { findMentions, tokenizeSentences } from './pipeline/findMentions.ts';
import { findQuotes } from './quotes/findQuoteSpans.ts';
import { inferCountries } from './pipeline/inferCountries.ts';
import { findStatements } from './pipeline/findStatements.ts';
import { makeDateResolver } from './dates/resolveDates.ts';
import { resolveReferences } from './pipeline/resolveReferences.ts';
import { segmentPage } from './page/segmentPage.ts';
import { splitSentences } from './pipeline/splitSentences.ts';
import type { ArticleInput } from './readers/articleInput.ts';
import { normalizePublishedAt } from './readers/normalizeDate.ts';
import { EXTRACTOR_VERSION } from './version.ts';

/** Larger inputs are refused with a typed error rather than risking memory on one article. */
export const MAX_TEXT_LENGTH = 64 * 1024 * 1024;

/** Text → Extraction. Pure and deterministic: same text and publishedAt give identical output. */
export function extractArticle(input: ArticleInput): Extraction {
  if (!input || typeof input.text !== 'string') throw new ExtractInputError('NOT_TEXT', 'extractArticle needs { text: string }');
  const text = input.text;
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ExtractInputError('TOO_LARGE', `article text is ${text.length} characters; the limit is ${MAX_TEXT_LENGTH}`);
  }
  const publishedAt = normalizePublishedAt(input.publishedAt) ?? null;
  const page = segmentPage(text);
  const sentences = splitSentences(text, page.body.start, page.body.end).filter(
    (s) => !page.chrome.some((c) => c.start < s.end && s.start < c.end),
  );
  const sents = tokenizeSentences(text, sentences);
  const scan = findMentions(text, sents, inferCountries(sents));
  const index = buildEntities(text, sents, scan);
  const quotes = findQuotes(text, page.body);
  const refs = resolveReferences(text, sents, index, quotes);
  const dates = makeDateResolver(text, publishedAt);
  const events = findEvents(text, sents, index, refs, quotes, dates);
  const statements = findStatements(text, sents, index, refs, quotes, dates, events);
  const byVerb = new Map(statements.map((st) => [st.verbStart, st]));
  for (const ev of events) {
    // A verbal event reported through a statement verb ("urged", "called for") was made when the statement was.
    if (ev.date) continue;
    const s = byVerb.get(ev.start);
    if (s?.date) ev.date = s.date;
  }
  return {
    extractorVersion: EXTRACTOR_VERSION,
    text,
    title: input.title ?? null,
    publishedAt,
    body: page.body,
    chrome: page.chrome,
    entities: index.entities,
    roles: index.roles,
    statements: statements.map(({ verbStart: _a, verbEnd: _b, ...s }) => s),
    events,
    comments: page.comments,
  };
}
