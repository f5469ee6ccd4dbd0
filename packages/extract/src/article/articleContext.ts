// Everything the fact rules read about one article: the parse, the entities, who acts for whom, dates, quote marks.
import type { ParsedText } from '../doc/parsedText.ts';
import type { DateResolver } from '../dates/resolveDates.ts';
import type { EntityTable } from '../entities/buildEntityTable.ts';
import type { ActorResolver } from '../entities/resolveActor.ts';
import type { Span } from '../extractionSchema.ts';
import type { Quote } from '../quotes/findQuoteSpans.ts';

export interface ArticleContext {
  text: string;
  publishedAt: string | null;
  body: Span;
  doc: ParsedText;
  entities: EntityTable;
  actors: ActorResolver;
  dates: DateResolver;
  /** Paired quotation marks in the body, in text order. */
  quotes: Quote[];
}
