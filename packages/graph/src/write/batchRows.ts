import { ENTITY_KINDS } from '@newsgraph/model';
import type { ArticleFacts } from './articleFacts.ts';

/**
 * What the incremental counts need of each fact: the outlet and publication time of every article of this batch
 * that gives it evidence, taken from the batch itself (the same values the statement stores on the articles),
 * so the counts read no Article node.
 */
function evidenceRows(pairs: { id: string; article: ArticleFacts['article'] }[]) {
  const byFact = new Map<string, Map<string, { outlet: string; publishedAt: string | null }>>();
  for (const { id, article } of pairs) {
    const articles = byFact.get(id) ?? new Map<string, { outlet: string; publishedAt: string | null }>();
    articles.set(article.id, { outlet: article.outlet, publishedAt: article.publishedAt ?? null });
    byFact.set(id, articles);
  }
  return [...byFact].map(([id, articles]) => ({ id, articles: [...articles.values()] }));
}

/**
 * One row per role (person, title, of) of the batch, however many articles state it, with the articles that do
 * and their dates (asOf = the day of the newest); former/start/end of the last article, as row by row did.
 */
function roleRows(batch: ArticleFacts[]) {
  const roles = new Map<
    string,
    ArticleFacts['roles'][number] & { articleIds: string[]; publishedAts: (string | null)[] }
  >();
  for (const f of batch) {
    for (const r of f.roles) {
      const key = JSON.stringify([r.personId, r.title, r.ofId]);
      const seen = roles.get(key);
      roles.set(key, {
        ...r,
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
  const withArticle = <T>(facts: ArticleFacts, items: T[]) =>
    items.map((item) => ({ ...item, articleId: facts.article.id }));
  const persons = new Set<string>();
  for (const f of batch) for (const r of f.roles) persons.add(r.personId);
  return {
    articleIds: batch.map((f) => f.article.id),
    entities: [...entities.values()],
    entityIds: [...entities.keys()],
    keys: [...entities.values()].flatMap((e) => e.keys.map((key) => ({ entityId: e.id, key }))),
    mentions: batch.flatMap((f) => withArticle(f, f.mentions)),
    roles: roleRows(batch),
    // A fact node and its actor edges once per fact (they are the same in every article reporting it: its id is
    // a hash of them); the evidence once per article.
    events: factRows(batch.flatMap((f) => f.events)),
    eventEvidence: batch.flatMap((f) => withArticle(f, f.events)),
    statements: factRows(batch.flatMap((f) => f.statements)),
    statementEvidence: batch.flatMap((f) => withArticle(f, f.statements)),
    comments: batch.flatMap((f) => withArticle(f, f.comments)),
    eventIds: [...new Set(batch.flatMap((f) => f.events.map((e) => e.id)))],
    statementIds: [...new Set(batch.flatMap((f) => f.statements.map((s) => s.id)))],
    personIds: [...persons],
    eventCounts: evidenceRows(batch.flatMap((f) => f.events.map((e) => ({ id: e.id, article: f.article })))),
    statementCounts: evidenceRows(batch.flatMap((f) => f.statements.map((e) => ({ id: e.id, article: f.article })))),
    entityCounts: evidenceRows(batch.flatMap((f) => f.mentions.map((m) => ({ id: m.entityId, article: f.article })))),
    extractorVersion,
  };
}
