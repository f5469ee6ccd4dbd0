import {
  DATE_PRECISIONS,
  ENTITY_KINDS,
  EVENT_TYPES,
  MODALITIES,
  PUBLISHED_PRECISIONS,
  QUAD_CLASSES,
  STATEMENT_KINDS,
  type DatePrecision,
  type EntityKind,
  type EventType,
  type Modality,
  type PublishedPrecision,
  type QuadClass,
  type StatementKind,
} from '@newsgraph/model';
import { z } from 'zod';

// Plain rows the readers return (temporal values already ISO strings). The API maps them onto GraphQL types.
// Each row is checked against what the writers guarantee (zod, below): a node with a missing id, an unknown event
// type or a missing count is a bug or a hand edit, and reading it is an error naming the node — never a row with
// a made-up default. Vocabulary fields carry the model's types, so the API passes them on without casts.

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  iso2: string | null;
  description: string | null;
  mergedIds: string[];
  curated: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  articleCount: number;
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  source: string | null;
  publishedAt: string;
  /** year | month | day | time | unknown (no date given: publishedAt above is then the ingest time). */
  publishedAtPrecision: PublishedPrecision;
  language: string | null;
  /** The text's length in code points (Cypher's count; the text itself is read apart, see readArticleTexts). */
  textPoints: number;
  /** Where the body starts in `text` (page chrome such as navigation or a dateline line comes before). */
  bodyStart: number | null;
  bodyEnd: number | null;
  contentHash: string | null;
  ingestedAt: string | null;
  extractorVersion: string | null;
}

export interface EventRow {
  id: string;
  type: EventType;
  code: string;
  quad: QuadClass;
  label: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateText: string | null;
  summary: string | null;
  confidence: number | null;
  modality: Modality;
  sourceCount: number;
  articleCount: number;
  firstSeen: string | null;
}

export interface StatementRow {
  id: string;
  text: string;
  kind: StatementKind;
  verb: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateText: string | null;
  stance: string | null;
  confidence: number | null;
  sourceCount: number;
  articleCount: number;
  firstSeen: string | null;
}

/** One piece of evidence behind a network edge, with its dates on both axes. */
export interface EdgeMomentRow {
  date: string;
  published: string;
  factId: string;
  eventType: EventType | null;
  modality: Modality | null;
  quad: QuadClass | null;
  statementKind: StatementKind | null;
  /** Events and statements: the precision of the fact's own date ('day', 'week', 'month', 'year'); null when the
   *  text gave none and `date` is the publication date. Always null for roles and co-mentions (dated by articles). */
  datePrecision: DatePrecision | null;
  roleTitle: string | null;
  sourceCount: number;
  firstSeen: string | null;
  /** Outlet keys of the articles behind it (for the edge's distinct-outlet count). */
  outlets: string[];
}

export interface MentionRow {
  entityId: string;
  articleId: string;
  count: number;
  /** Flattened start,end pairs into the article's text. */
  offsets: number[];
}

export interface RoleRow {
  holderId: string;
  organizationId: string;
  title: string;
  asOf: string | null;
  articleIds: string[];
}

export interface CommentRow {
  id: string;
  articleId: string;
  index: number;
  text: string;
}

export interface EvidenceRow {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number | null;
  extractorVersion: string | null;
  published: string | null;
}

type Props = Record<string, unknown>;

/** Stored properties that break what the writers guarantee. The message names the node and each bad property. */
export class GraphDataError extends Error {
  constructor(what: string, id: unknown, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    const detail = issues.map((i) => `${i.path.map(String).join('.') || '(node)'}: ${i.message}`).join('; ');
    super(`Bad ${what} in the graph (id ${JSON.stringify(id ?? null)}): ${detail}`);
    this.name = 'GraphDataError';
  }
}

function parse<T>(what: string, schema: z.ZodType<T>, p: Props): T {
  const result = schema.safeParse(p);
  if (!result.success) throw new GraphDataError(what, p.id ?? p.articleId ?? p.holderId, result.error.issues);
  return result.data;
}

// Absent and null are the same thing in Neo4j (a property set to null is removed).
const id = z.string().min(1);
const optText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const optNum = z
  .number()
  .nullish()
  .transform((v) => v ?? null);
const count = z.number().int().nonnegative();
/** A list property: written as [] when empty, so absent only on nodes a writer never finished (then: none). */
const texts = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);
const optPrecision = z
  .enum(DATE_PRECISIONS)
  .nullish()
  .transform((v) => v ?? null);

const entitySchema = z.object({
  id,
  name: z.string(),
  aliases: texts,
  iso2: optText,
  description: optText,
  mergedIds: texts,
  curated: z
    .boolean()
    .nullish()
    .transform((v) => v === true),
  firstSeen: optText,
  lastSeen: optText,
  articleCount: count,
});

const entityKind = z.enum(ENTITY_KINDS);
/** A stored entity kind (a `kind` property or a kind label), checked against the model's kinds. */
export function entityKindOf(value: unknown, id: unknown): EntityKind {
  // Built once: a network reads the kind of both ends of every edge.
  const kind = entityKind.safeParse(value);
  if (!kind.success)
    throw new GraphDataError(
      'entity',
      id,
      kind.error.issues.map((i) => ({ ...i, path: ['kind'] })),
    );
  return kind.data;
}

/** The entity's kind: its `kind` property, or (older nodes) its kind label. Neither is an error. */
export function entityRow(p: Props, labels: unknown = []): EntityRow {
  const labelKind = Array.isArray(labels) ? ENTITY_KINDS.find((k) => labels.includes(k)) : undefined;
  return { ...parse('entity', entitySchema, p), kind: entityKindOf(p.kind ?? labelKind, p.id) };
}

const articleSchema = z.object({
  id,
  url: optText,
  title: z.string(),
  source: optText,
  publishedAt: optText,
  publishedAtText: optText,
  publishedAtPrecision: z.enum(PUBLISHED_PRECISIONS).nullish(),
  language: optText,
  textPoints: count,
  bodyStart: optNum,
  bodyEnd: optNum,
  contentHash: optText,
  ingestedAt: optText,
  extractorVersion: optText,
});

export function articleRow(p: Props): ArticleRow {
  const { publishedAtText, publishedAtPrecision, publishedAt, ...a } = parse('article', articleSchema, p);
  // Articles written before the precision was stored: day when the source gave a bare date, time otherwise.
  const precision: PublishedPrecision =
    publishedAtPrecision ??
    (publishedAt === null ? 'unknown' : /^\d{4}-\d{2}-\d{2}$/.test(publishedAtText ?? '') ? 'day' : 'time');
  // An article whose source gave no date is placed at its ingest time (publishedAtPrecision says so).
  const placed = publishedAt ?? (precision === 'unknown' ? a.ingestedAt : null);
  if (placed === null)
    throw new GraphDataError('article', p.id, [{ path: ['publishedAt'], message: 'no publication or ingest time' }]);
  return { ...a, publishedAt: placed, publishedAtPrecision: precision };
}

const eventSchema = z.object({
  id,
  type: z.enum(EVENT_TYPES),
  code: z.string(),
  quad: z.enum(QUAD_CLASSES),
  label: z.string(),
  date: optText,
  datePrecision: optPrecision,
  dateText: optText,
  summary: optText,
  confidence: optNum,
  modality: z.enum(MODALITIES),
  sourceCount: count,
  articleCount: count,
  firstSeen: optText,
});

export function eventRow(p: Props): EventRow {
  return parse('event', eventSchema, p);
}

const statementSchema = z.object({
  id,
  text: z.string(),
  kind: z.enum(STATEMENT_KINDS),
  verb: optText,
  date: optText,
  datePrecision: optPrecision,
  dateText: optText,
  stance: optText,
  confidence: optNum,
  sourceCount: count,
  articleCount: count,
  firstSeen: optText,
});

export function statementRow(p: Props): StatementRow {
  return parse('statement', statementSchema, p);
}

const evidenceSchema = z.object({
  articleId: id,
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: optNum,
  extractorVersion: optText,
  published: optText,
});

export function evidenceRow(p: Props): EvidenceRow {
  return parse('evidence', evidenceSchema, p);
}

// The edge query builds every moment as a map literal with all its keys, so a field is null, never absent: plain
// `.nullable()` (no transforms) keeps the check cheap on a 20 000-edge network. A vocabulary field is null for the
// kinds that do not carry it; for an event or a statement the stored value is checked like the node itself.
const edgeMomentSchema = z.object({
  date: z.string().min(1),
  published: z.string().min(1),
  factId: id,
  eventType: z.enum(EVENT_TYPES).nullable(),
  modality: z.enum(MODALITIES).nullable(),
  quad: z.enum(QUAD_CLASSES).nullable(),
  statementKind: z.enum(STATEMENT_KINDS).nullable(),
  datePrecision: z.enum(DATE_PRECISIONS).nullable(),
  roleTitle: z.string().nullable(),
  sourceCount: count,
  firstSeen: z.string().nullable(),
  outlets: z.array(z.string()),
});
const edgeMomentsSchema = z.array(edgeMomentSchema); // built once: the check runs per edge on a hot path

/** The moments of one edge as the edge query returns them; a bad one is an error naming the edge and the moment. */
export function edgeMomentRows(edgeId: string, moments: unknown): EdgeMomentRow[] {
  const result = edgeMomentsSchema.safeParse(moments);
  if (!result.success) throw new GraphDataError('edge evidence', edgeId, result.error.issues);
  return result.data;
}

const roleSchema = z.object({
  holderId: id,
  organizationId: id,
  title: z.string().min(1),
  asOf: optText,
  articleIds: texts,
});

export function roleRow(p: Props): RoleRow {
  return parse('role', roleSchema, p);
}
