import { ENTITY_KINDS, type EntityKind } from '@newsgraph/model';
import { num, str, strList } from './values.ts';

// Plain rows the readers return (temporal values already ISO strings). The API maps them onto GraphQL types.

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
  publishedAtPrecision: 'year' | 'month' | 'day' | 'time' | 'unknown';
  language: string | null;
  text: string;
  bodyEnd: number | null;
  contentHash: string | null;
  ingestedAt: string | null;
  extractorVersion: string | null;
}

export interface EventRow {
  id: string;
  type: string;
  code: string;
  quad: string;
  label: string;
  date: string | null;
  datePrecision: string | null;
  dateText: string | null;
  summary: string | null;
  confidence: number | null;
  modality: string;
  sourceCount: number;
  articleCount: number;
  firstSeen: string | null;
}

export interface StatementRow {
  id: string;
  text: string;
  kind: 'direct' | 'indirect';
  verb: string | null;
  date: string | null;
  datePrecision: string | null;
  dateText: string | null;
  stance: string | null;
  confidence: number | null;
  sourceCount: number;
  articleCount: number;
  firstSeen: string | null;
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

const KIND_LABELS: ReadonlySet<string> = new Set(ENTITY_KINDS);

export function entityRow(p: Props, labels: unknown = []): EntityRow {
  const kind = (str(p.kind) ?? strList(labels).find((l) => KIND_LABELS.has(l)) ?? 'Organization') as EntityKind;
  return {
    id: String(p.id),
    kind,
    name: str(p.name) ?? String(p.id),
    aliases: strList(p.aliases),
    iso2: str(p.iso2),
    description: str(p.description),
    mergedIds: strList(p.mergedIds),
    curated: p.curated === true,
    firstSeen: str(p.firstSeen),
    lastSeen: str(p.lastSeen),
    articleCount: num(p.articleCount) ?? 0,
  };
}

const PRECISIONS = new Set(['year', 'month', 'day', 'time', 'unknown']);

/** Stored precision; articles written before it was kept: day when the text was a bare date, time otherwise. */
function publishedPrecision(p: Props): ArticleRow['publishedAtPrecision'] {
  const stored = str(p.publishedAtPrecision);
  if (stored && PRECISIONS.has(stored)) return stored as ArticleRow['publishedAtPrecision'];
  if (p.publishedAt == null) return 'unknown';
  return /^\d{4}-\d{2}-\d{2}$/.test(str(p.publishedAtText) ?? '') ? 'day' : 'time';
}

export function articleRow(p: Props): ArticleRow {
  return {
    id: String(p.id),
    url: str(p.url),
    title: str(p.title) ?? '(untitled)',
    source: str(p.source),
    publishedAt: str(p.publishedAt) ?? str(p.ingestedAt) ?? '1970-01-01T00:00:00Z',
    publishedAtPrecision: publishedPrecision(p),
    language: str(p.language),
    text: str(p.text) ?? '',
    bodyEnd: num(p.bodyEnd),
    contentHash: str(p.contentHash),
    ingestedAt: str(p.ingestedAt),
    extractorVersion: str(p.extractorVersion),
  };
}

export function eventRow(p: Props): EventRow {
  return {
    id: String(p.id),
    type: String(p.type),
    code: str(p.code) ?? '',
    quad: str(p.quad) ?? 'verbal_cooperation',
    label: str(p.label) ?? String(p.type),
    date: str(p.date),
    datePrecision: str(p.datePrecision),
    dateText: str(p.dateText),
    summary: str(p.summary),
    confidence: num(p.confidence),
    modality: str(p.modality) ?? 'asserted',
    sourceCount: num(p.sourceCount) ?? 0,
    articleCount: num(p.articleCount) ?? 0,
    firstSeen: str(p.firstSeen),
  };
}

export function statementRow(p: Props): StatementRow {
  return {
    id: String(p.id),
    text: str(p.text) ?? '',
    kind: p.kind === 'indirect' ? 'indirect' : 'direct',
    verb: str(p.verb),
    date: str(p.date),
    datePrecision: str(p.datePrecision),
    dateText: str(p.dateText),
    stance: str(p.stance),
    confidence: num(p.confidence),
    sourceCount: num(p.sourceCount) ?? 0,
    articleCount: num(p.articleCount) ?? 0,
    firstSeen: str(p.firstSeen),
  };
}

export function evidenceRow(p: Props): EvidenceRow {
  return {
    articleId: String(p.articleId),
    sentence: str(p.sentence) ?? '',
    start: num(p.start) ?? 0,
    end: num(p.end) ?? 0,
    confidence: num(p.confidence),
    extractorVersion: str(p.extractorVersion),
    published: str(p.published),
  };
}

export function roleRow(p: Props): RoleRow {
  return {
    holderId: String(p.holderId),
    organizationId: String(p.organizationId),
    title: str(p.title) ?? '',
    asOf: str(p.asOf),
    articleIds: strList(p.articleIds),
  };
}
