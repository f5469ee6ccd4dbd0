import {
  listEvents,
  listStatements,
  readEntityActivity,
  readEntityMentions,
  readEntityRoles,
  readNeighbors,
  type EntityRow,
  type MentionRow,
} from '@newsgraph/graph';
import type { RequestContext } from '../context.ts';
import type {
  CentralityScoreResolvers,
  EntityResolvers,
  MentionResolvers,
  NeighborResolvers,
  NetworkNodeResolvers,
  RoleResolvers,
  SearchHitResolvers,
} from '../generated/graphql.ts';
import { connection, pageSize, pageWindow } from '../pagination.ts';
import { checkRange, checkWindow } from './inputs.ts';
import { present } from './present.ts';
import { selectsField } from './selectsField.ts';

const orThrow = <T>(row: T | null | undefined, what: string): T => {
  // A reference to a node deleted between two reads of one request: surface it rather than return a hole.
  if (!row) throw new Error(`${what} vanished while the request was running`);
  return row;
};

export const entityOf = async (ctx: RequestContext, id: string): Promise<EntityRow> =>
  orThrow(await ctx.loaders.entity.load(id), `entity ${id}`);

export const Entity: EntityResolvers = {
  async roles(e, { window }, ctx) {
    const w = checkWindow(window);
    return ctx.loaders.keyed('roles', w, (ids) => readEntityRoles(ctx.graph, ids, w, ctx.readOptions())).load(e.id);
  },
  async mentions(e, { first, after, window }, ctx) {
    const page = pageWindow({ first, after }, 20, 100, 'Entity.mentions');
    const w = checkWindow(window);
    const result = await ctx.loaders
      .keyed('mentions', { page, w }, (ids) =>
        readEntityMentions(ctx.graph, ids, { window: w, ...page }, ctx.readOptions()),
      )
      .load(e.id);
    return connection(result.items, result.total, page);
  },
  async articles(e, { first, after, window }, ctx) {
    const page = pageWindow({ first, after }, 20, 100, 'Entity.articles');
    const w = checkWindow(window);
    const result = await ctx.loaders
      .keyed('mentions', { page, w }, (ids) =>
        readEntityMentions(ctx.graph, ids, { window: w, ...page }, ctx.readOptions()),
      )
      .load(e.id);
    const articles = await ctx.loaders.article.loadMany(result.items.map((m) => m.articleId));
    return connection(present(articles), result.total, page);
  },
  async statements(e, args, ctx) {
    const page = pageWindow(args, 20, 100, 'Entity.statements');
    const key = { ...args, after: undefined, page };
    const window = checkWindow(args.window);
    const result = await ctx.loaders
      .keyed('statements', key, (ids) =>
        listStatements(
          ctx.graph,
          {
            owners: ids,
            ownerRole: args.as === 'ABOUT' ? 'ABOUT' : 'SPEAKER',
            window,
            timeAxis: args.timeAxis,
            kinds: args.kinds ?? null,
            order: args.order,
            ...page,
          },
          ctx.readOptions(),
        ),
      )
      .load(e.id);
    return connection(result.items, result.total, page);
  },
  async events(e, args, ctx) {
    const page = pageWindow(args, 20, 100, 'Entity.events');
    const key = { ...args, after: undefined, page };
    const window = checkWindow(args.window);
    const role = args.role === 'SOURCE' ? 'source' : args.role === 'TARGET' ? 'target' : null;
    const result = await ctx.loaders
      .keyed('events', key, (ids) =>
        listEvents(
          ctx.graph,
          {
            owners: ids,
            ownerRole: role,
            window,
            timeAxis: args.timeAxis,
            types: args.types ?? null,
            modalities: args.modalities ?? null,
            order: args.order,
            ...page,
          },
          ctx.readOptions(),
        ),
      )
      .load(e.id);
    return connection(result.items, result.total, page);
  },
  async neighbors(e, { window, timeAxis, edgeKinds, minSources, first }, ctx) {
    const n = pageSize(first, 50, 200, 'Entity.neighbors');
    const query = {
      window: checkWindow(window),
      timeAxis: timeAxis,
      edgeKinds: edgeKinds ?? null,
      minSources: checkRange(minSources, 1, 1, 10_000, 'minSources'),
      first: n,
    } as const;
    return ctx.loaders
      .keyed('neighbors', query, (ids) => readNeighbors(ctx.graph, ids, query, ctx.readOptions()))
      .load(e.id);
  },
  async activity(e, { bucket, window, timeAxis }, ctx) {
    const args = { bucket: bucket, window: checkWindow(window), timeAxis: timeAxis } as const;
    return ctx.loaders
      .keyed('activity', args, (ids) => readEntityActivity(ctx.graph, ids, args, ctx.readOptions()))
      .load(e.id);
  },
};

export const Role: RoleResolvers = {
  holder: (r, _a, ctx) => entityOf(ctx, r.holderId),
  organization: (r, _a, ctx) => entityOf(ctx, r.organizationId),
  async articles(r, _a, ctx) {
    return present(await ctx.loaders.article.loadMany(r.articleIds));
  },
};

/** Offsets (flattened start,end pairs) → spans inside a text of `length` UTF-16 units, each with its text or ''. */
export function spansOf(offsets: number[], length: number, text?: string) {
  const spans: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i + 1 < offsets.length; i += 2) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (start >= 0 && end > start && end <= length) spans.push({ start, end, text: text?.slice(start, end) ?? '' });
  }
  return spans;
}

export const Mention: MentionResolvers = {
  entity: (m: MentionRow, _a, ctx) => entityOf(ctx, m.entityId),
  article: async (m, _a, ctx) => orThrow(await ctx.loaders.article.load(m.articleId), `article ${m.articleId}`),
  // The reader asks for offsets only: the article's text (megabytes for a long one) is read when a span's text is
  // asked for, or to bound a span past the text's length in code points — a lower bound of its UTF-16 length, the
  // unit of the offsets, so a span ending within it is inside the text.
  async spans(m, _a, ctx, info) {
    const article = orThrow(await ctx.loaders.article.load(m.articleId), `article ${m.articleId}`);
    const within = m.offsets.every((o) => o <= article.textPoints);
    if (within && !selectsField(info, 'text')) return spansOf(m.offsets, article.textPoints);
    const text = orThrow(await ctx.loaders.articleText.load(m.articleId), `article ${m.articleId}`);
    return spansOf(m.offsets, text.length, text);
  },
};

export const Neighbor: NeighborResolvers = {
  entity: (n, _a, ctx) => entityOf(ctx, n.entityId),
};

export const NetworkNode: NetworkNodeResolvers = {
  entity: (n, _a, ctx) => entityOf(ctx, n.id),
};

export const SearchHit: SearchHitResolvers = {};

export const CentralityScore: CentralityScoreResolvers = {
  entity: (c, _a, ctx) => entityOf(ctx, c.entityId),
};
