// One parsed article → Extraction. Pure and deterministic: same text, publication date and parse, same output.
import { ParsedText } from '../doc/parsedText.ts';
import { makeDateResolver } from '../dates/resolveDates.ts';
import { buildEntityTable } from '../entities/buildEntityTable.ts';
import { findEntityMentions } from '../entities/findEntityMentions.ts';
import { ActorResolver } from '../entities/resolveActor.ts';
import { resolvePronouns } from '../entities/resolvePronouns.ts';
import { resolveDescriptions } from '../entities/resolveDescriptions.ts';
import { findEvents } from '../events/findEvents.ts';
import type { Extraction } from '../extractionSchema.ts';
import { shiftParsedDoc, type ParsedDocData } from '../parse/parsedDoc.ts';
import { findQuotes } from '../quotes/findQuoteSpans.ts';
import { quotedTokens } from '../quotes/quotedTokens.ts';
import { findRoles } from '../roles/findRoles.ts';
import { findStatements } from '../statements/findStatements.ts';
import { EXTRACTOR_VERSION } from '../version.ts';
import type { ArticleContext } from './articleContext.ts';
import type { PreparedArticle } from './prepareArticle.ts';

export function extractFromParse(article: PreparedArticle, parsedBody: ParsedDocData): Extraction {
  const { text, page, publishedAt } = article;
  const overlapsChrome = (s: number, e: number) => page.chrome.some((c) => c.start < e && s < c.end);
  const doc = new ParsedText(text, shiftParsedDoc(parsedBody, page.body.start, 0), overlapsChrome);
  const entities = buildEntityTable(doc, findEntityMentions(doc));
  const quotes = findQuotes(text, page.body);
  const quoted = quotedTokens(doc, quotes);
  resolvePronouns(doc, entities, quoted);
  resolveDescriptions(doc, entities, quoted);
  const ctx: ArticleContext = {
    text,
    publishedAt,
    body: page.body,
    doc,
    entities,
    actors: new ActorResolver(doc, entities),
    dates: makeDateResolver(text, publishedAt),
    quotes,
  };
  const roles = findRoles(ctx);
  const statements = findStatements(ctx);
  const events = findEvents(ctx);
  return {
    extractorVersion: EXTRACTOR_VERSION,
    text,
    title: article.input.title ?? null,
    publishedAt,
    body: page.body,
    chrome: page.chrome,
    // Read last: rules may add references (a title resolved to its holder, a capital standing for its state).
    entities: entities.toExtraction(),
    roles,
    statements,
    events,
    comments: page.comments,
  };
}
