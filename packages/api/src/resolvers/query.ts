import {
  listArticles,
  listEntities,
  listEvents,
  listStatements,
  readDyad,
  readEdgeEvidence,
  readNetwork,
  readPath,
  readStats,
  readTimeline,
  searchEntities,
} from '@newsgraph/graph';
import { computeCentrality } from '../analysis/centrality.ts';
import { badInput } from '../errors.ts';
import { exportNetwork } from '../export/exportNetwork.ts';
import type { QueryResolvers } from '../generated/graphql.ts';
import { connection, pageSize, pageWindow } from '../pagination.ts';
import { checkRange, checkWindow, networkQuery } from './inputs.ts';

const MAX_IDS = 500;

function checkIds(ids: readonly string[] | null | undefined, argument: string): string[] | null {
  if (!ids) return null;
  if (ids.length > MAX_IDS) throw badInput(`${argument}: at most ${MAX_IDS} ids (got ${ids.length}).`, { argument });
  return [...ids];
}

/** Which node type an id belongs to (ids carry their kind as a prefix). */
export function nodeType(id: string): 'Article' | 'Event' | 'Statement' | 'Entity' {
  if (id.startsWith('article:')) return 'Article';
  if (id.startsWith('event:')) return 'Event';
  if (id.startsWith('statement:')) return 'Statement';
  return 'Entity';
}

export const Query: QueryResolvers = {
  async node(_p, { id }, ctx) {
    const type = nodeType(id);
    const row =
      type === 'Article'
        ? await ctx.loaders.article.load(id)
        : type === 'Event'
          ? await ctx.loaders.event.load(id)
          : type === 'Statement'
            ? await ctx.loaders.statement.load(id)
            : await ctx.loaders.entity.load(id);
    return row ?? null;
  },
  entity: (_p, { id }, ctx) => ctx.loaders.entity.load(id),
  async entitiesByIds(_p, { ids }, ctx) {
    const list = checkIds(ids, 'ids') ?? [];
    return Promise.all(list.map((id) => ctx.loaders.entity.load(id)));
  },
  async searchEntities(_p, { query, kinds, first }, ctx) {
    const n = pageSize(first, 10, 50, 'searchEntities');
    if (query.length > 200)
      throw badInput('searchEntities: query is longer than 200 characters.', { argument: 'query' });
    const hits = await searchEntities(ctx.graph, { query, kinds: kinds ?? null, first: n }, ctx.readOptions());
    for (const h of hits) ctx.loaders.entity.prime(h.entity.id, h.entity);
    return hits;
  },
  async entities(_p, { filter, orderBy, first, after }, ctx) {
    const page = pageWindow({ first, after }, 50, 200, 'entities');
    const { items, total } = await listEntities(
      ctx.graph,
      {
        kinds: filter.kinds ?? null,
        nameContains: filter.nameContains ?? null,
        activeIn: checkWindow(filter.activeIn, 'filter.activeIn'),
        timeAxis: filter.timeAxis,
        minArticles: filter.minArticles ?? null,
        orderBy: orderBy,
        ...page,
      },
      ctx.readOptions(),
    );
    for (const e of items) ctx.loaders.entity.prime(e.id, e);
    return connection(items, total, page);
  },
  article: (_p, { id }, ctx) => ctx.loaders.article.load(id),
  async articles(_p, { filter, first, after }, ctx) {
    const page = pageWindow({ first, after }, 20, 100, 'articles');
    const { items, total } = await listArticles(
      ctx.graph,
      {
        text: filter.text ?? null,
        source: filter.source ?? null,
        published: checkWindow(filter.published, 'filter.published'),
        mentioning: checkIds(filter.mentioning, 'filter.mentioning'),
        ...page,
      },
      ctx.readOptions(),
    );
    for (const a of items) ctx.loaders.article.prime(a.id, a);
    return connection(items, total, page);
  },
  statement: (_p, { id }, ctx) => ctx.loaders.statement.load(id),
  async statements(_p, { filter, order, first, after }, ctx) {
    const page = pageWindow({ first, after }, 50, 200, 'statements');
    const [result] = await listStatements(
      ctx.graph,
      {
        speakerIds: checkIds(filter.speakerIds, 'filter.speakerIds'),
        aboutIds: checkIds(filter.aboutIds, 'filter.aboutIds'),
        kinds: filter.kinds ?? null,
        window: checkWindow(filter.window, 'filter.window'),
        timeAxis: filter.timeAxis,
        text: filter.text ?? null,
        minSources: filter.minSources ?? null,
        order: order,
        ...page,
      },
      ctx.readOptions(),
    );
    return connection(result?.items ?? [], result?.total ?? 0, page);
  },
  event: (_p, { id }, ctx) => ctx.loaders.event.load(id),
  async events(_p, { filter, order, first, after }, ctx) {
    const page = pageWindow({ first, after }, 50, 200, 'events');
    const [result] = await listEvents(
      ctx.graph,
      {
        types: filter.types ?? null,
        modalities: filter.modalities ?? null,
        quads: filter.quads ?? null,
        actorIds: checkIds(filter.actorIds, 'filter.actorIds'),
        sourceIds: checkIds(filter.sourceIds, 'filter.sourceIds'),
        targetIds: checkIds(filter.targetIds, 'filter.targetIds'),
        window: checkWindow(filter.window, 'filter.window'),
        timeAxis: filter.timeAxis,
        minSources: filter.minSources ?? null,
        order: order,
        ...page,
      },
      ctx.readOptions(),
    );
    return connection(result?.items ?? [], result?.total ?? 0, page);
  },
  async network(_p, { input }, ctx) {
    const query = networkQuery(input);
    checkIds(query.centerIds, 'input.centerIds');
    return readNetwork(ctx.graph, query, ctx.readOptions());
  },
  async edgeEvidence(_p, { sourceId, targetId, window, timeAxis, edgeKinds, first }, ctx) {
    return readEdgeEvidence(
      ctx.graph,
      {
        aId: sourceId,
        bId: targetId,
        window: checkWindow(window),
        timeAxis: timeAxis,
        edgeKinds: edgeKinds ?? null,
        first: pageSize(first, 50, 200, 'edgeEvidence'),
      },
      ctx.readOptions(),
    );
  },
  async timeline(_p, { entityIds, bucket, window, timeAxis }, ctx) {
    const w = checkWindow(window);
    const unit = bucket;
    const buckets = await readTimeline(
      ctx.graph,
      { entityIds: checkIds(entityIds, 'entityIds'), bucket: unit, window: w, timeAxis: timeAxis },
      ctx.readOptions(),
    );
    return { bucket: unit, timeAxis: timeAxis, buckets };
  },
  async path(_p, { fromId, toId, maxHops, window, timeAxis, edgeKinds, minSources, first }, ctx) {
    return readPath(
      ctx.graph,
      {
        fromId,
        toId,
        maxHops: checkRange(maxHops, 4, 1, 6, 'maxHops'),
        window: checkWindow(window),
        timeAxis: timeAxis,
        edgeKinds: edgeKinds ?? null,
        minSources: checkRange(minSources, 1, 1, 10_000, 'minSources'),
        first: pageSize(first, 1, 10, 'path'),
      },
      ctx.readOptions(),
    );
  },
  stats: (_p, _a, ctx) => readStats(ctx.graph, ctx.readOptions()),
  async centrality(_p, { measure, window, timeAxis, kinds, edgeKinds, minSources, first }, ctx) {
    return computeCentrality(ctx, {
      measure,
      window: checkWindow(window),
      timeAxis: timeAxis,
      kinds: kinds ?? null,
      edgeKinds: edgeKinds ?? null,
      minSources: checkRange(minSources, 1, 1, 10_000, 'minSources'),
      first: pageSize(first, 20, 500, 'centrality'),
    });
  },
  async dyad(_p, { aId, bId, bucket, window, timeAxis, modalities }, ctx) {
    if (aId === bId) throw badInput('dyad: aId and bId must differ.', { argument: 'bId' });
    return readDyad(
      ctx.graph,
      { aId, bId, bucket: bucket, window: checkWindow(window), timeAxis: timeAxis, modalities: modalities ?? null },
      ctx.readOptions(),
    );
  },
  async export(_p, { format, input }, ctx) {
    const network = await readNetwork(ctx.graph, networkQuery(input), ctx.readOptions());
    return exportNetwork(format, network);
  },
};
