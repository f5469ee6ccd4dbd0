import { createHash } from 'node:crypto';
import type { Extraction } from '@newsgraph/extract';
import type {
  ArticleFacts,
  ArticleRecord,
  CommentRecord,
  EventRecord,
  MentionRecord,
  RoleRecord,
  StatementRecord,
} from '@newsgraph/graph';
import { tryParsePublishedAt } from '@newsgraph/model';
import type { ArticleIdentity } from '../identity/articleIdentity.ts';
import type { ResolvedArticle } from '../resolve/resolveEntities.ts';
import type { SourceArticle } from '../sources/sourceArticle.ts';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24);

// The extractor gives statements no confidence of their own: a quote in quotation marks is attributed more
// surely than reported speech. Kept here, named, so the graph's figures are explainable.
const STATEMENT_CONFIDENCE = { direct: 0.9, indirect: 0.7 } as const;

/** Neo4j Date from an extractor date: month and year precision start on their first day. */
export function toNeoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}

/** Quote text compared across articles: Unicode form, quotation marks, case and spacing do not matter. */
export function normalizeQuote(quote: string): string {
  return quote
    .normalize('NFKC')
    .replace(/[“”„‟"«»‘’‚‛']/g, '')
    .replace(/[.,;:!?…]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `event:` + hash(type, modality, sorted sources, sorted targets, date): the same fact from any article. */
export function eventId(
  type: string,
  modality: string,
  sourceIds: string[],
  targetIds: string[],
  dateKey: string,
): string {
  return `event:${hash([type, modality, [...sourceIds].sort(), [...targetIds].sort(), dateKey])}`;
}

export function statementId(speakerIds: string[], quote: string): string {
  return `statement:${hash([[...speakerIds].sort(), normalizeQuote(quote)])}`;
}

const within = (span: { start: number; end: number }, outer: { start: number; end: number }) =>
  span.start >= outer.start && span.end <= outer.end;

/**
 * Extraction + identity + resolution → the writer's record of one article. Local entity ids become graph ids;
 * references to entities the resolver did not see are dropped rather than left dangling; the same fact twice
 * in one article is kept once (the more confident evidence).
 */
export function buildArticleFacts(
  source: SourceArticle,
  identity: ArticleIdentity,
  extraction: Extraction,
  resolved: ResolvedArticle,
): ArticleFacts {
  const map = (ids: readonly string[]) => [
    ...new Set(ids.map((id) => resolved.idMap.get(id)).filter((id): id is string => Boolean(id))),
  ];
  const text = extraction.text;
  const publishedDay = extraction.publishedAt ? extraction.publishedAt.slice(0, 10) : null;

  const article: ArticleRecord = {
    id: identity.id,
    url: identity.canonicalUrl ?? source.url ?? null,
    title: source.title ?? extraction.title ?? null,
    source: source.source ?? null,
    outlet: identity.outlet,
    publishedAt: extraction.publishedAt ?? source.publishedAt ?? null,
    publishedAtText: source.publishedAt ?? null,
    publishedAtPrecision: source.publishedAt
      ? (tryParsePublishedAt(source.publishedAt)?.precision ?? 'unknown')
      : 'unknown',
    externalId: source.externalId ?? null,
    contentHash: identity.contentHash,
    text,
    language: source.language ?? 'en',
    extractorVersion: extraction.extractorVersion,
    bodyStart: extraction.body.start,
    bodyEnd: extraction.body.end,
    origin: source.origin,
  };

  const comments: CommentRecord[] = extraction.comments.map((span, index) => ({
    id: `${identity.id}:comment:${index}`,
    index,
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    mentionIds: [],
  }));

  const mentions = new Map<string, MentionRecord>();
  extraction.entities.forEach((entity) => {
    const id = resolved.idMap.get(entity.id);
    if (!id) return;
    const m = mentions.get(id) ?? { entityId: id, offsets: [], referenceOffsets: [], names: [] };
    for (const span of entity.mentions) {
      const comment = comments.find((c) => within(span, c));
      if (comment) {
        if (!comment.mentionIds.includes(id)) comment.mentionIds.push(id);
        continue;
      }
      m.offsets.push(span.start, span.end);
      const name = text.slice(span.start, span.end);
      if (!m.names.includes(name)) m.names.push(name);
    }
    for (const span of entity.references)
      if (!comments.some((c) => within(span, c))) m.referenceOffsets.push(span.start, span.end);
    if (m.offsets.length > 0 || m.referenceOffsets.length > 0) mentions.set(id, m);
  });

  const roles = new Map<string, RoleRecord>();
  for (const r of extraction.roles) {
    const personId = resolved.idMap.get(r.personId);
    const ofId = r.ofId ? resolved.idMap.get(r.ofId) : undefined;
    if (!personId || !ofId || personId === ofId) continue;
    const key = `${personId}|${ofId}|${r.title}`;
    if (!roles.has(key))
      roles.set(key, { personId, ofId, title: r.title, former: r.former ?? false, start: r.start, end: r.end });
  }

  const events = new Map<string, EventRecord>();
  for (const e of extraction.events) {
    const sourceIds = map(e.sourceIds);
    const targetIds = map(e.targetIds);
    const date = toNeoDate(e.date?.value);
    const id = eventId(
      e.type,
      e.modality,
      sourceIds,
      targetIds,
      date ?? (publishedDay ? `published:${publishedDay}` : identity.id),
    );
    const sentence = text.slice(e.sentence.start, e.sentence.end).trim();
    const record: EventRecord = {
      id,
      type: e.type,
      code: e.cameo,
      quad: e.quad,
      label: e.label,
      date,
      datePrecision: e.date?.precision ?? null,
      dateText: e.date?.text ?? null,
      summary: sentence.length > 500 ? `${sentence.slice(0, 497)}…` : sentence,
      modality: e.modality,
      evidence: e.evidence,
      sourceIds,
      targetIds,
      locationIds: map(e.locationIds),
      sentence,
      start: e.start,
      end: e.end,
      confidence: e.confidence,
    };
    const seen = events.get(id);
    if (!seen || seen.confidence < record.confidence) events.set(id, record);
  }

  const statements = new Map<string, StatementRecord>();
  for (const s of extraction.statements) {
    const speakerIds = map(s.speakerIds);
    if (speakerIds.length === 0 || !s.quote.trim()) continue;
    const id = statementId(speakerIds, s.quote);
    const date = toNeoDate(s.date?.value);
    const record: StatementRecord = {
      id,
      text: s.quote,
      kind: s.kind,
      verb: s.verb,
      speakerText: s.speakerText,
      date,
      datePrecision: s.date?.precision ?? null,
      dateText: s.date?.text ?? null,
      speakerIds,
      aboutIds: map(s.aboutIds).filter((a) => !speakerIds.includes(a)),
      sentence: text.slice(s.sentence.start, s.sentence.end).trim(),
      start: s.start,
      end: s.end,
      confidence: STATEMENT_CONFIDENCE[s.kind],
    };
    const seen = statements.get(id);
    if (!seen || seen.confidence < record.confidence) statements.set(id, record);
  }

  // Only entities that end up with some edge are written: anything else would be an orphan at once.
  const used = new Set<string>([
    ...mentions.keys(),
    ...[...roles.values()].flatMap((r) => [r.personId, r.ofId]),
    ...[...events.values()].flatMap((e) => [...e.sourceIds, ...e.targetIds, ...e.locationIds]),
    ...[...statements.values()].flatMap((s) => [...s.speakerIds, ...s.aboutIds]),
    ...comments.flatMap((c) => c.mentionIds),
  ]);
  return {
    article,
    entities: resolved.entities.filter((e) => used.has(e.id)),
    mentions: [...mentions.values()],
    roles: [...roles.values()],
    events: [...events.values()],
    statements: [...statements.values()],
    comments,
  };
}
