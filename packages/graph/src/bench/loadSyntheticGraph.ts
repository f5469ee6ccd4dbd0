import type { GraphConnection } from '../connection.ts';
import { clearGraphData } from '../clearGraphData.ts';
import { ENTITY_KINDS, seededRandom } from '@newsgraph/model';

/**
 * A synthetic graph in the shape of the graph model contract, bulk-loaded with UNWIND … CREATE for the API
 * benchmark (no extraction, no resolution: the point is the read side). Entity popularity is skewed
 * (a few hubs, a long tail), dates spread over one year, 16 event types, 5 modalities, 40 outlets.
 */
export interface SyntheticGraphSize {
  entities: number;
  articles: number;
  mentionsPerArticle: number;
  events: number;
  statements: number;
}

export const DEFAULT_SYNTHETIC_SIZE: SyntheticGraphSize = {
  entities: 50_000,
  articles: 20_000,
  mentionsPerArticle: 8,
  events: 100_000,
  statements: 50_000,
};

export interface SyntheticGraphInfo extends SyntheticGraphSize {
  nodes: number;
  relationships: number;
  loadMs: number;
  reused: boolean;
}

const KINDS = ENTITY_KINDS;
const TYPES = [
  ['AGREE', '03', 'verbal_cooperation'],
  ['CONSULT', '04', 'verbal_cooperation'],
  ['SUPPORT', '05', 'verbal_cooperation'],
  ['CONCEDE', '08', 'material_cooperation'],
  ['COOPERATE', '06', 'material_cooperation'],
  ['AID', '07', 'material_cooperation'],
  ['RETREAT', '08', 'material_cooperation'],
  ['REQUEST', '02', 'verbal_cooperation'],
  ['ACCUSE', '11', 'verbal_conflict'],
  ['REJECT', '12', 'verbal_conflict'],
  ['THREATEN', '13', 'verbal_conflict'],
  ['PROTEST', '14', 'verbal_conflict'],
  ['SANCTION', '16', 'material_conflict'],
  ['MOBILIZE', '15', 'material_conflict'],
  ['COERCE', '17', 'material_conflict'],
  ['ASSAULT', '18', 'material_conflict'],
] as const;
const MODALITIES = ['asserted', 'asserted', 'asserted', 'threatened', 'planned', 'denied', 'hypothetical'] as const;
const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'te', 'vos', 'dal', 'ne', 'sor', 'bi', 'qu', 'ez', 'tan', 'ro', 'fa', 'li'];

export function syntheticName(i: number): string {
  let n = i + 7;
  const parts: string[] = [];
  for (let w = 0; w < 2; w++) {
    let word = '';
    for (let s = 0; s < 3; s++) {
      word += SYLLABLES[n % SYLLABLES.length]!;
      n = Math.floor(n / SYLLABLES.length) + w * 31 + s;
    }
    parts.push(word[0]!.toUpperCase() + word.slice(1));
  }
  return `${parts.join(' ')} ${i}`;
}

export const syntheticEntityId = (i: number) => `${KINDS[i % KINDS.length]!.toLowerCase()}:synthetic-${i}`;
const day = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);

async function inBatches(graph: GraphConnection, rows: unknown[], cypher: string, batch = 10_000) {
  for (let i = 0; i < rows.length; i += batch) await graph.writeQuery(cypher, { rows: rows.slice(i, i + batch) });
}

/** Loads the synthetic graph unless an identical one (same size marker) is already there. Wipes other data. */
export async function loadSyntheticGraph(
  graph: GraphConnection,
  size: SyntheticGraphSize = DEFAULT_SYNTHETIC_SIZE,
  log: (l: string) => void = () => {},
): Promise<SyntheticGraphInfo> {
  const started = Date.now();
  const marker = await graph.readRows<{ size: string }>('MATCH (m:SyntheticGraph) RETURN m.size AS size');
  const key = JSON.stringify(size);
  if (marker[0]?.size === key) {
    const counts = await countAll(graph);
    return { ...size, ...counts, loadMs: 0, reused: true };
  }
  log('clearing the benchmark database');
  await clearGraphData(graph);
  const random = seededRandom(42);
  // Zipf-like popularity: low indexes are picked far more often (hubs).
  const pick = () => Math.min(size.entities - 1, Math.floor(size.entities * Math.pow(random(), 2.2)));

  log(`entities: ${size.entities}`);
  const entities = Array.from({ length: size.entities }, (_, i) => ({
    id: syntheticEntityId(i),
    kind: KINDS[i % KINDS.length],
    name: syntheticName(i),
    alias: `Alias${i}`,
  }));
  for (const kind of KINDS) {
    await inBatches(
      graph,
      entities.filter((e) => e.kind === kind),
      `UNWIND $rows AS r CREATE (e:Entity:${kind} {id: r.id, kind: r.kind, name: r.name, aliases: [r.alias], mergedIds: [], curated: false, articleCount: 0})`,
    );
  }

  log(`articles: ${size.articles} with ${size.mentionsPerArticle} mentions each`);
  const articles = Array.from({ length: size.articles }, (_, i) => {
    const d = Math.floor(random() * 365);
    const mentioned = new Set<number>();
    while (mentioned.size < size.mentionsPerArticle) mentioned.add(pick());
    return {
      id: `article:synthetic-${i}`,
      title: `Synthetic report ${i}`,
      outlet: `Outlet ${i % 40}`,
      published: `${day(d)}T08:00:00Z`,
      d,
      mentions: [...mentioned].map((m) => syntheticEntityId(m)),
    };
  });
  await inBatches(
    graph,
    articles,
    `UNWIND $rows AS r CREATE (a:Article {id: r.id, title: r.title, source: r.outlet, outlet: r.outlet, publishedAt: datetime(r.published),
       text: r.title + '. ' + r.title + ' continues.', language: 'en', extractorVersion: 'synthetic', bodyEnd: 0})`,
  );
  await inBatches(
    graph,
    articles.flatMap((a) => a.mentions.map((m) => ({ a: a.id, e: m }))),
    `UNWIND $rows AS r MATCH (a:Article {id: r.a}), (e:Entity {id: r.e}) CREATE (e)-[:MENTIONED_IN {count: 1, offsets: [0, 9]}]->(a)`,
  );

  log(`events: ${size.events}`);
  const events = Array.from({ length: size.events }, (_, i) => {
    const article = articles[Math.floor(random() * articles.length)]!;
    const [type, code, quad] = TYPES[Math.floor(random() * TYPES.length)]!;
    const s = article.mentions[Math.floor(random() * article.mentions.length)]!;
    let t = article.mentions[Math.floor(random() * article.mentions.length)]!;
    if (t === s) t = syntheticEntityId(pick());
    return {
      id: `event:synthetic-${i}`,
      type,
      code,
      quad,
      modality: MODALITIES[Math.floor(random() * MODALITIES.length)],
      date: day(Math.max(0, article.d - Math.floor(random() * 3))),
      published: article.published,
      a: article.id,
      s,
      t,
    };
  });
  await inBatches(
    graph,
    events,
    `UNWIND $rows AS r MATCH (a:Article {id: r.a}), (s:Entity {id: r.s}), (t:Entity {id: r.t})
     CREATE (f:Event {id: r.id, type: r.type, code: r.code, quad: r.quad, label: r.type, date: date(r.date), datePrecision: 'day', modality: r.modality,
                      summary: r.type, confidence: 0.8, sourceCount: 1, articleCount: 1, firstSeen: datetime(r.published)})
     CREATE (s)-[:ACTOR_IN {role: 'source'}]->(f), (t)-[:ACTOR_IN {role: 'target'}]->(f)
     CREATE (f)-[:REPORTED_IN {sentence: 'Synthetic sentence.', start: 0, end: 9, confidence: 0.8, extractorVersion: 'synthetic'}]->(a)`,
    5_000,
  );

  log(`statements: ${size.statements}`);
  const statements = Array.from({ length: size.statements }, (_, i) => {
    const article = articles[Math.floor(random() * articles.length)]!;
    const sp = syntheticEntityId(pick());
    return {
      id: `statement:synthetic-${i}`,
      text: `Synthetic quote number ${i}`,
      kind: random() < 0.5 ? 'direct' : 'indirect',
      date: day(article.d),
      published: article.published,
      a: article.id,
      sp,
      ab: article.mentions[Math.floor(random() * article.mentions.length)]!,
    };
  });
  await inBatches(
    graph,
    statements,
    `UNWIND $rows AS r MATCH (a:Article {id: r.a}), (sp:Entity {id: r.sp}), (ab:Entity {id: r.ab})
     CREATE (f:Statement {id: r.id, text: r.text, kind: r.kind, verb: 'said', date: date(r.date), datePrecision: 'day', confidence: 0.8,
                          sourceCount: 1, articleCount: 1, firstSeen: datetime(r.published)})
     CREATE (sp)-[:SAID]->(f), (f)-[:ABOUT]->(ab)
     CREATE (f)-[:REPORTED_IN {sentence: 'Synthetic sentence.', start: 0, end: 9, confidence: 0.8, extractorVersion: 'synthetic'}]->(a)`,
    5_000,
  );

  log('roles, counts');
  const roles = Array.from({ length: Math.floor(size.entities / 10) }, (_, i) => ({
    p: syntheticEntityId(i * 5),
    o: syntheticEntityId(1 + ((i * 5) % 5000)),
    a: articles[i % articles.length]!.id,
  }));
  await inBatches(
    graph,
    roles.filter((r) => r.p !== r.o),
    `UNWIND $rows AS r MATCH (p:Entity {id: r.p}), (o:Entity {id: r.o}), (a:Article {id: r.a})
     CREATE (p)-[:HOLDS_ROLE {title: 'Minister', asOf: date(a.publishedAt), articleIds: [r.a]}]->(o)`,
  );
  await graph.writeQuery(
    `MATCH (e:Entity) CALL (e) { MATCH (e)-[:MENTIONED_IN]->(a) RETURN count(a) AS n, min(a.publishedAt) AS first, max(a.publishedAt) AS last }
     SET e.articleCount = n, e.firstSeen = first, e.lastSeen = last`,
  );
  await graph.writeQuery('MERGE (m:SyntheticGraph) SET m.size = $key', { key });
  const counts = await countAll(graph);
  return { ...size, ...counts, loadMs: Date.now() - started, reused: false };
}

async function countAll(graph: GraphConnection) {
  const [row] = await graph.readRows<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0 };
}

/** Ids the benchmark queries use: hubs and tail entities, deterministic. */
export function syntheticSampleIds(size: SyntheticGraphSize, n: number): string[] {
  const random = seededRandom(7);
  return Array.from({ length: n }, () => syntheticEntityId(Math.floor(size.entities * Math.pow(random(), 1.5))));
}
