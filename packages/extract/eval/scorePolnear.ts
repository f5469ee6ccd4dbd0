// PolNeAR dev (quotations with their speakers) scored with the held-out set's conventions (corpora README):
// - a gold quote is found when a predicted statement's span overlaps it (a discontinuous quote: any fragment);
// - the speaker is right when a speaker entity of that statement has a mention overlapping the gold speaker span or
//   shares a name token with it; a pronoun speaker ("he said") counts only through the entity it was resolved to,
//   i.e. when that entity lists the pronoun's span among its references;
// - "named" speakers are entities with a proper name (Person, Organization, Country, Location), not Groups.
// Precision: PolNeAR keeps only quotations (content with a quote mark), so a predicted statement without a quote
// mark — plain reported speech — is neither right nor wrong here and is left out; a direct statement, or one whose
// span contains a double quotation mark, that overlaps no gold quote is a false positive.
import { codePointToUtf16 } from './codePoints.ts';
import type { PolnearArticle } from './corpora.ts';
import type { ExtractionOutput, OutputEntity } from './extractionOutput.ts';
import { nameTokens, shareNameToken } from './nameTokens.ts';
import { prfFromRates, ratio, type Prf, type Ratio } from './prf.ts';
import type { ArticleRecord } from './runExtractorCli.ts';

const NAMED_KINDS = new Set(['Person', 'Organization', 'Country', 'Location']);
const DOUBLE_QUOTE_MARK = /["“”«»„]/;

export interface PolnearReport {
  articles: number;
  quotes: number;
  /** Gold quotes overlapped by some predicted statement. */
  found: Ratio;
  /** Of the found quotes, those with a right speaker on an overlapping statement. */
  speakerRightOfFound: Ratio;
  /** Of all gold quotes: found with a right speaker that is a named entity (the end-to-end target). */
  namedSpeakerEndToEnd: Ratio;
  /** Quotation statements (direct, or with a quote mark in the span) overlapping a gold quote / all of them. */
  precision: Ratio;
  /** Every predicted statement, reported speech included (information only: PolNeAR omits unquoted speech). */
  precisionAllStatements: Ratio;
  /** P/R/F1 with found quotes as recall and quotation-statement precision. */
  prf: Prf;
  byKind: Record<string, { found: Ratio; namedSpeakerEndToEnd: Ratio }>;
  misses: Record<string, string[]>;
}

export function polnearRecords(articles: PolnearArticle[]): ArticleRecord[] {
  return articles.map((a) => ({
    id: a.id,
    text: a.text,
    ...(a.title ? { title: a.title } : {}),
    ...(a.date ? { publishedAt: a.date } : {}),
    ...(a.publisher ? { source: a.publisher } : {}),
  }));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scorePolnear(articles: PolnearArticle[], outputs: Map<string, ExtractionOutput>): PolnearReport {
  let quotes = 0,
    found = 0,
    right = 0,
    named = 0,
    predQuotations = 0,
    predQuotationsHit = 0,
    predAll = 0,
    predAllHit = 0;
  const byKind = new Map<string, { n: number; found: number; named: number }>();
  const misses: Record<string, string[]> = {};
  for (const art of articles) {
    const x = outputs.get(art.id);
    const cp = codePointToUtf16(art.text);
    const text = art.text;
    const list: string[] = [];
    if (!x) list.push('no output from the extractor CLI');
    else if (x.text !== text) list.push('output text differs from the input text: offsets are not comparable');
    const entities = new Map<string, OutputEntity>((x?.entities ?? []).map((e) => [e.id, e]));
    const statements = x?.statements ?? [];
    const goldQuotes = art.quotes.map((q) => ({
      q,
      pieces: (q.fragments ?? [[q.start, q.end]]).map(([s, e]) => ({ start: cp(s), end: cp(e) })),
      speaker:
        q.speaker_start !== null && q.speaker_end !== null
          ? { start: cp(q.speaker_start), end: cp(q.speaker_end) }
          : null,
    }));

    const speakerRight = (e: OutputEntity, g: (typeof goldQuotes)[number]): boolean => {
      if (!g.speaker) return false;
      if (e.references.some((r) => overlaps(r, g.speaker!))) return true;
      if (g.q.speaker_is_pronoun) return false;
      if (e.mentions.some((m) => overlaps(m, g.speaker!))) return true;
      const goldTokens = nameTokens(text.slice(g.speaker.start, g.speaker.end));
      const predTokens = nameTokens([e.name, ...e.mentions.map((m) => x!.text.slice(m.start, m.end))].join(' '));
      return shareNameToken(goldTokens, predTokens);
    };

    for (const g of goldQuotes) {
      quotes++;
      const k = byKind.get(g.q.quote_kind) ?? { n: 0, found: 0, named: 0 };
      byKind.set(g.q.quote_kind, k);
      k.n++;
      const hits = statements.filter((s) => g.pieces.some((p) => overlaps(s, p)));
      const excerpt = `"${text.slice(g.pieces[0]!.start, Math.min(g.pieces[0]!.end, g.pieces[0]!.start + 50))}…"@${g.pieces[0]!.start}`;
      if (hits.length === 0) {
        list.push(`quote missed ${g.q.quote_kind} ${excerpt} (speaker ${JSON.stringify(g.q.speaker)})`);
        continue;
      }
      found++;
      k.found++;
      const speakers = hits.flatMap((s) =>
        s.speakerIds.map((id) => entities.get(id)).filter((e): e is OutputEntity => !!e),
      );
      const rightOnes = speakers.filter((e) => speakerRight(e, g));
      if (rightOnes.length > 0) right++;
      if (rightOnes.some((e) => NAMED_KINDS.has(e.kind))) {
        named++;
        k.named++;
      } else
        list.push(
          `speaker wrong ${excerpt}: gold ${JSON.stringify(g.q.speaker)}${g.q.speaker_is_pronoun ? ' (pronoun)' : ''}, predicted ${speakers.map((e) => `${e.kind} "${e.name}"`).join(', ') || 'none'}`,
        );
    }

    for (const s of statements) {
      const hit = goldQuotes.some((g) => g.pieces.some((p) => overlaps(s, p)));
      predAll++;
      if (hit) predAllHit++;
      const quotation = s.kind === 'direct' || DOUBLE_QUOTE_MARK.test(x!.text.slice(s.start, s.end));
      if (!quotation) continue;
      predQuotations++;
      if (hit) predQuotationsHit++;
      else list.push(`statement spurious ${s.kind} "${s.quote.slice(0, 50)}…"@${s.start}`);
    }
    misses[art.id] = list;
  }
  // Recall (found quotes) and precision (quotation statements) count different things, so F1 comes from the rates.
  return {
    articles: articles.length,
    quotes,
    found: ratio(found, quotes),
    speakerRightOfFound: ratio(right, found),
    namedSpeakerEndToEnd: ratio(named, quotes),
    precision: ratio(predQuotationsHit, predQuotations),
    precisionAllStatements: ratio(predAllHit, predAll),
    prf: prfFromRates(predQuotationsHit, predQuotations, found, quotes),
    byKind: Object.fromEntries(
      [...byKind].map(([kind, k]) => [kind, { found: ratio(k.found, k.n), namedSpeakerEndToEnd: ratio(k.named, k.n) }]),
    ),
    misses,
  };
}
