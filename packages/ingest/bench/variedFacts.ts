import type { ArticleFacts } from '@newsgraph/graph';

/**
 * Writer input for `count` articles made from a sample of extracted articles (the facts an ingest run really
 * wrote), so the write-alone benchmark replays real fact shapes at a scale extraction cannot reach in a session
 * (100 000 articles through spaCy would take hours). Copy `c` of a sample article is a new article (`~c` on its
 * id); people, organisations and groups are spread over `ENTITY_VARIANTS` variants so the graph keeps growing
 * new entities while countries and places stay shared hubs; each event and statement is reported by two copies
 * (copies 2k and 2k+1 carry the same facts about the same entity variants: the second adds evidence to what
 * the first created). Generated lazily: memory holds the
 * sample and one batch, whatever `count` is.
 */
const ENTITY_VARIANTS = 500;

export function* variedFacts(sample: ArticleFacts[], count: number): Generator<ArticleFacts> {
  if (sample.length === 0) throw new Error('variedFacts needs at least one extracted article to vary');
  for (let i = 0; i < count; i++) {
    const base = sample[i % sample.length]!;
    const copy = Math.floor(i / sample.length);
    yield copy === 0 ? base : vary(base, copy);
  }
}

function vary(facts: ArticleFacts, copy: number): ArticleFacts {
  // Copies 2k and 2k+1 tell the same facts about the same entities (one corroborates the other).
  const pair = Math.floor(copy / 2);
  const variant = pair % ENTITY_VARIANTS;
  const multiplied = new Set(
    facts.entities
      .filter((e) => e.kind === 'Person' || e.kind === 'Organization' || e.kind === 'Group')
      .map((e) => e.id),
  );
  // Countries and locations are the same few hundred places in any corpus; people and bodies multiply.
  const entityId = (id: string) => (multiplied.has(id) && variant > 0 ? `${id}~${variant}` : id);
  const key = (k: string, id: string) => (entityId(id) === id ? k : `${k}~${variant}`);
  const suffix = (id: string) => `${id}~${copy}`;
  const shared = (id: string) => (pair === 0 ? id : `${id}~${pair}`);
  const article = { ...facts.article, id: suffix(facts.article.id) };
  if (article.url) article.url = `${article.url}#${copy}`;
  const ids = (xs: string[]) => xs.map(entityId);
  return {
    article,
    entities: facts.entities.map((e) => ({ ...e, id: entityId(e.id), keys: e.keys.map((k) => key(k, e.id)) })),
    mentions: facts.mentions.map((m) => ({ ...m, entityId: entityId(m.entityId) })),
    roles: facts.roles.map((r) => ({ ...r, personId: entityId(r.personId), ofId: entityId(r.ofId) })),
    events: facts.events.map((e) => ({
      ...e,
      id: shared(e.id),
      sourceIds: ids(e.sourceIds),
      targetIds: ids(e.targetIds),
      locationIds: ids(e.locationIds),
    })),
    statements: facts.statements.map((s) => ({
      ...s,
      id: shared(s.id),
      speakerIds: ids(s.speakerIds),
      aboutIds: ids(s.aboutIds),
    })),
    comments: facts.comments.map((c) => ({ ...c, id: suffix(c.id), mentionIds: ids(c.mentionIds) })),
  };
}
