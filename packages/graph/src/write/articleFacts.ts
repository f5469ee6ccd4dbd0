import type { ManagedTransaction } from 'neo4j-driver';

/**
 * One article's facts after extraction and entity resolution: every id is final (graph-wide), every
 * offset indexes into `article.text`. The writer turns a batch of these into Cypher; it decides nothing.
 */
export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  /** Distinct-outlet key for corroboration: source, else the URL's host, else the article id. */
  outlet: string;
  /** ISO date or datetime, or null when unknown. */
  publishedAt: string | null;
  /**
   * How much of the date the source gave: year | month | day | time, or unknown (then publishedAt is null and
   * readers fall back to ingestedAt for ordering only). "2026" is stored as 2026-01-01T00:00Z with precision year.
   */
  publishedAtPrecision: 'year' | 'month' | 'day' | 'time' | 'unknown';
  /** publishedAt exactly as the source gave it, so a re-extraction anchors relative dates identically. */
  publishedAtText: string | null;
  /** The source's own id for the article (JSON id, feed guid), when it had one. */
  externalId: string | null;
  contentHash: string;
  text: string;
  language: string | null;
  extractorVersion: string;
  bodyStart: number;
  bodyEnd: number;
  /** Where it came from (file path, feed, stdin), for people reading the graph. */
  origin: string | null;
}

export type EntityKindLabel = 'Person' | 'Country' | 'Organization' | 'Location' | 'Group';

export interface EntityRecord {
  id: string;
  kind: EntityKindLabel;
  name: string;
  /** Names to add to the entity's aliases (they accumulate). */
  aliases: string[];
  iso2: string | null;
  /** Resolution keys that identify this entity from now on (see lookupEntitiesByKeys). */
  keys: string[];
  /** Replace the stored name with `name` (a fuller form was found); ignored on curated entities. */
  upgradeName: boolean;
}

export interface MentionRecord {
  entityId: string;
  /** Flattened start,end pairs of the spans naming the entity. */
  offsets: number[];
  /** Flattened start,end pairs of pronouns/descriptions referring to it. */
  referenceOffsets: number[];
  /** The surface names this article used for the entity (split curation moves articles by these). */
  names: string[];
}

export interface RoleRecord {
  personId: string;
  ofId: string;
  title: string;
  former: boolean;
  start: number;
  end: number;
}

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  confidence: number;
}

export interface EventRecord extends Evidence {
  id: string;
  type: string;
  code: string;
  quad: string;
  label: string;
  /** Full ISO date (YYYY-MM-DD; month/year precision use the first day) or null. */
  date: string | null;
  datePrecision: string | null;
  dateText: string | null;
  summary: string;
  modality: string;
  evidence: string;
  sourceIds: string[];
  targetIds: string[];
  locationIds: string[];
}

export interface StatementRecord extends Evidence {
  id: string;
  text: string;
  kind: 'direct' | 'indirect';
  verb: string;
  speakerText: string;
  date: string | null;
  datePrecision: string | null;
  dateText: string | null;
  speakerIds: string[];
  aboutIds: string[];
}

export interface CommentRecord {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  mentionIds: string[];
}

export interface ArticleFacts {
  article: ArticleRecord;
  entities: EntityRecord[];
  mentions: MentionRecord[];
  roles: RoleRecord[];
  events: EventRecord[];
  statements: StatementRecord[];
  comments: CommentRecord[];
}

/**
 * The phases of one batch's transaction, in the order they run: `batch` — ordered statements that detach the
 * articles' earlier facts, write every fact family and add the new evidence to the counts; then, only when an
 * article replaced earlier facts, `orphans` — facts nothing supports any more are deleted — and `recount` — what
 * lost evidence is recounted. All three are one transaction: it commits after `recount` (or after `batch`).
 */
export type WritePhase = 'batch' | 'orphans' | 'recount';

export interface WriteOptions {
  /** Extractor version recorded on every evidence edge. */
  extractorVersion?: string;
  /**
   * Called inside the transaction when a phase has run, before the next phase or the commit: what the phase
   * wrote is visible to `tx` but not yet committed. Throwing (or losing the connection) there rolls back the
   * whole batch; tests use it to interrupt a real transaction in the middle.
   */
  afterPhase?: (phase: WritePhase, tx: ManagedTransaction) => Promise<void> | void;
  /**
   * When set, the `batch` statement runs under PROFILE and this receives its total db hits and the db hits per
   * operator, biggest first, and how many Eager operators its plan holds, and both per statement (bench).
   */
  onProfile?: (
    phase: WritePhase,
    dbHits: number,
    operators: { operator: string; dbHits: number }[],
    eagerOperators: number,
    statements: { name: string; dbHits: number; eagerOperators: number }[],
  ) => void;
  /**
   * When given, where a batch's time goes, summed over a run (bench), in ms: each statement's time in Neo4j (its
   * resultAvailableAfter + resultConsumedAfter: the statements are pipelined, so the wall time from sending one would
   * include its wait behind the others) under its name, `rows (JS)` for shaping the parameters and `commit` from the
   * end of the last statement to the transaction's end. Timing only; nothing else changes.
   */
  statementMs?: Map<string, number>;
  /** ISO datetime stamped as Article.ingestedAt (defaults to now). */
  now?: string;
}

export interface WriteBatchResult {
  articles: number;
  entities: number;
  events: number;
  statements: number;
  mentions: number;
  comments: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}
