import { ENTITY_KINDS } from '@newsgraph/model';
import neo4j, { type Integer } from 'neo4j-driver';
import type { ArticleFacts } from './articleFacts.ts';

/**
 * Integer properties (offsets, counts, positions) leave here as Neo4j integers: a JS number travels as a float, and
 * converting each with `toInteger` in Cypher cost the database an expression per value (lists element by element);
 * an integer is also 1–3 bytes on the wire instead of 9.
 */
const int = (n: number): Integer => neo4j.int(Math.trunc(n));
const intOrNull = (n: number | null | undefined): Integer | null => (n === null || n === undefined ? null : int(n));

/**
 * What the counts of a fact or entity need from this batch: how many of its articles give it evidence, their
 * distinct outlets and their publication times (null = undated), taken from the batch itself (the same values the
 * statement stores on the articles), so the counts read no Article node. Keyed by fact/entity id.
 */
export interface BatchCounts {
  added: number;
  outlets: string[];
  ats: (string | null)[];
}

function countsById(pairs: { id: string; article: ArticleFacts['article'] }[]): Map<string, BatchCounts> {
  const byFact = new Map<string, Map<string, ArticleFacts['article']>>();
  for (const { id, article } of pairs) {
    const articles = byFact.get(id) ?? new Map<string, ArticleFacts['article']>();
    articles.set(article.id, article);
    byFact.set(id, articles);
  }
  return new Map(
    [...byFact].map(([id, articles]) => {
      const list = [...articles.values()];
      return [
        id,
        {
          added: list.length,
          // Sorted as the statements' ORDER BY sorts strings sent as parameters (by UTF-16 unit, as JS does): a fact
          // or entity created from these rows stores them as they are.
          outlets: [...new Set(list.map((a) => a.outlet))].sort(),
          ats: list.map((a) => a.publishedAt ?? null),
        },
      ];
    }),
  );
}

/**
 * Per fact, the entities its articles tie it to through a shared edge (an event's locations, a statement's topics)
 * with the articles that do, in batch order: one row per edge, so a new fact CREATEs it with all its articleIds.
 */
function linkedByArticles<T extends { id: string }>(
  batch: ArticleFacts[],
  items: (f: ArticleFacts) => T[],
  linked: (item: T) => string[],
): Map<string, { id: string; articleIds: string[] }[]> {
  const byFact = new Map<string, Map<string, string[]>>();
  for (const f of batch) {
    for (const item of items(f)) {
      const edges = byFact.get(item.id) ?? new Map<string, string[]>();
      for (const id of linked(item)) {
        const articleIds = edges.get(id) ?? [];
        if (!articleIds.includes(f.article.id)) articleIds.push(f.article.id);
        edges.set(id, articleIds);
      }
      byFact.set(item.id, edges);
    }
  }
  return new Map(
    [...byFact].map(([id, edges]) => [id, [...edges].map(([to, articleIds]) => ({ id: to, articleIds }))]),
  );
}

/**
 * One row per role (person, title, of) of the batch, however many articles state it, with the articles that do
 * and their dates (asOf = the day of the newest); former/start/end of the last article, as row by row did.
 */
function roleRows(batch: ArticleFacts[]) {
  const roles = new Map<
    string,
    Omit<ArticleFacts['roles'][number], 'start' | 'end'> & {
      start: Integer;
      end: Integer;
      articleIds: string[];
      publishedAts: (string | null)[];
    }
  >();
  for (const f of batch) {
    for (const r of f.roles) {
      const key = JSON.stringify([r.personId, r.title, r.ofId]);
      const seen = roles.get(key);
      roles.set(key, {
        ...r,
        start: int(r.start),
        end: int(r.end),
        articleIds: [...(seen?.articleIds ?? []), f.article.id],
        publishedAts: [...(seen?.publishedAts ?? []), f.article.publishedAt ?? null],
      });
    }
  }
  return [...roles.values()];
}

/** The first row of each fact id (what ON CREATE stores) with the highest confidence any article gives it. */
function factRows<T extends { id: string; confidence: number }>(rows: T[]): T[] {
  const facts = new Map<string, T>();
  for (const row of rows) {
    const seen = facts.get(row.id);
    if (!seen) facts.set(row.id, { ...row });
    else if (row.confidence > seen.confidence) seen.confidence = row.confidence;
  }
  return [...facts.values()];
}

/**
 * The statement CREATEs (not MERGEs) every edge that belongs to one article alone — MENTIONED_IN, REPORTED_IN,
 * comments with their ON and MENTIONS — because the detach at its start removed all of them for the articles it
 * writes. That holds only if each appears once in the batch, which the fact builder guarantees; a batch that
 * breaks it is refused before anything is written rather than stored twice.
 */
function refuseDuplicates(batch: ArticleFacts[]): void {
  const unique = (what: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) throw new Error(`writeArticleBatch: ${what} ${key} appears twice in one batch`);
      seen.add(key);
    }
  };
  unique(
    'article',
    batch.map((f) => f.article.id),
  );
  for (const f of batch) {
    unique(
      `mention in ${f.article.id} of`,
      f.mentions.map((m) => m.entityId),
    );
    unique(
      `event in ${f.article.id}`,
      f.events.map((e) => e.id),
    );
    unique(
      `statement in ${f.article.id}`,
      f.statements.map((e) => e.id),
    );
    unique(
      'comment',
      f.comments.map((c) => c.id),
    );
    for (const c of f.comments) unique(`mention in comment ${c.id} of`, c.mentionIds);
    for (const e of f.entities)
      if (!ENTITY_KINDS.includes(e.kind))
        throw new Error(`writeArticleBatch: entity ${e.id} has unknown kind ${e.kind}`);
  }
}

/** Parameter rows for the batch statements' UNWINDs; entities merged by id across the batch (aliases and keys unioned). */
export function batchRows(batch: ArticleFacts[], extractorVersion: string) {
  refuseDuplicates(batch);
  const entities = new Map<string, ArticleFacts['entities'][number]>();
  for (const facts of batch) {
    for (const e of facts.entities) {
      const seen = entities.get(e.id);
      if (!seen) entities.set(e.id, { ...e, aliases: [...e.aliases], keys: [...e.keys] });
      else {
        seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
        seen.keys = [...new Set([...seen.keys, ...e.keys])];
        if (e.upgradeName && (!seen.upgradeName || e.name.length > seen.name.length)) {
          seen.name = e.name;
          seen.upgradeName = true;
        }
      }
    }
  }
  const persons = new Set<string>();
  for (const f of batch) for (const r of f.roles) persons.add(r.personId);
  const entityCounts = countsById(
    batch.flatMap((f) => f.mentions.map((m) => ({ id: m.entityId, article: f.article }))),
  );
  const eventCounts = countsById(batch.flatMap((f) => f.events.map((e) => ({ id: e.id, article: f.article }))));
  const statementCounts = countsById(batch.flatMap((f) => f.statements.map((s) => ({ id: s.id, article: f.article }))));
  const locations = linkedByArticles(
    batch,
    (f) => f.events,
    (e) => e.locationIds,
  );
  const abouts = linkedByArticles(
    batch,
    (f) => f.statements,
    (s) => s.aboutIds,
  );
  const unique = (ids: string[]) => [...new Set(ids)];
  return {
    articleIds: batch.map((f) => f.article.id),
    articles: batch.map((f) => ({
      ...f.article,
      bodyStart: intOrNull(f.article.bodyStart),
      bodyEnd: intOrNull(f.article.bodyEnd),
    })),
    // Each row carries its keys and its counts; `newAliases` is what a new entity starts with (the aliases once
    // each, not its name), as the stored entity's alias update would give it.
    entities: [...entities.values()].map((e) => ({
      ...e,
      newAliases: unique(e.aliases).filter((a) => a !== e.name),
      counts: entityCounts.get(e.id) ?? null,
    })),
    entityIds: [...entities.keys()],
    // A mention of an entity the batch does not carry (hand-made input; the fact builder writes every mentioned
    // entity) still adds to its counts, through the separate count statement.
    entityCounts: [...entityCounts].filter(([id]) => !entities.has(id)).map(([id, counts]) => ({ id, counts })),
    mentions: batch.flatMap((f) =>
      f.mentions.map((m) => ({
        entityId: m.entityId,
        articleId: f.article.id,
        count: int(m.offsets.length / 2),
        offsets: m.offsets.map(int),
        referenceOffsets: m.referenceOffsets.map(int),
        names: m.names,
      })),
    ),
    roles: roleRows(batch),
    // A fact node and its actor edges once per fact (they are the same in every article reporting it: its id is
    // a hash of them), its locations / topics once per entity with the articles giving them; the evidence once per
    // article.
    // Each statement gets the fields it writes and no more (the JVM decodes every byte of the parameters).
    events: factRows(batch.flatMap((f) => f.events)).map((e) => ({
      id: e.id,
      type: e.type,
      code: e.code,
      quad: e.quad,
      label: e.label,
      date: e.date,
      datePrecision: e.datePrecision,
      dateText: e.dateText,
      summary: e.summary,
      modality: e.modality,
      confidence: e.confidence,
      sourceIds: unique(e.sourceIds),
      targetIds: unique(e.targetIds),
      locations: locations.get(e.id) ?? [],
      counts: eventCounts.get(e.id) ?? null,
    })),
    eventEvidence: batch.flatMap((f) =>
      f.events.map((e) => ({
        id: e.id,
        articleId: f.article.id,
        sentence: e.sentence,
        start: int(e.start),
        end: int(e.end),
        confidence: e.confidence,
        evidence: e.evidence,
        label: e.label,
      })),
    ),
    statements: factRows(batch.flatMap((f) => f.statements)).map((s) => ({
      id: s.id,
      text: s.text,
      kind: s.kind,
      verb: s.verb,
      date: s.date,
      datePrecision: s.datePrecision,
      dateText: s.dateText,
      confidence: s.confidence,
      speakerIds: unique(s.speakerIds),
      abouts: abouts.get(s.id) ?? [],
      counts: statementCounts.get(s.id) ?? null,
    })),
    statementEvidence: batch.flatMap((f) =>
      f.statements.map((s) => ({
        id: s.id,
        articleId: f.article.id,
        sentence: s.sentence,
        start: int(s.start),
        end: int(s.end),
        confidence: s.confidence,
        verb: s.verb,
        speakerText: s.speakerText,
        dateText: s.dateText,
      })),
    ),
    comments: batch.flatMap((f) =>
      f.comments.map((c) => ({
        id: c.id,
        articleId: f.article.id,
        index: int(c.index),
        text: c.text,
        start: int(c.start),
        end: int(c.end),
        mentionIds: c.mentionIds,
      })),
    ),
    eventIds: [...new Set(batch.flatMap((f) => f.events.map((e) => e.id)))],
    statementIds: [...new Set(batch.flatMap((f) => f.statements.map((s) => s.id)))],
    personIds: [...persons],
    extractorVersion,
  };
}
