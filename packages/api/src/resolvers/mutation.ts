import { CurationError, IngestArticleError, ingestArticle, mergeEntities, renameEntity } from '@newsgraph/ingest';
import type { RequestContext } from '../context.ts';
import { badInput, clientError } from '../errors.ts';
import type {
  IngestArticlePayloadResolvers,
  MergeEntitiesPayloadResolvers,
  MutationResolvers,
} from '../generated/graphql.ts';
import { entityOf } from './entity.ts';

const MAX_TEXT = 1_000_000;

/** Curation and ingestion failures the caller can fix become typed GraphQL errors; anything else stays internal. */
function asClientError(error: unknown): never {
  if (error instanceof CurationError) {
    throw error.code === 'NOT_FOUND'
      ? clientError('NOT_FOUND', error.message)
      : badInput(error.message, { reason: error.code });
  }
  if (error instanceof IngestArticleError)
    throw badInput(`The article could not be ingested: ${error.message}`, { reason: error.code });
  throw error;
}

// Authentication is enforced for every mutation before execution (limits plugin); this is a second guard.
function requireKey(ctx: RequestContext) {
  if (!ctx.authenticated)
    throw clientError('UNAUTHENTICATED', 'Mutations need Authorization: Bearer <api key>.', {}, 401);
}

export const Mutation: MutationResolvers = {
  async ingestArticle(_p, { input }, ctx) {
    requireKey(ctx);
    if (input.text.length > MAX_TEXT)
      throw badInput(`input.text is longer than ${MAX_TEXT} characters.`, { argument: 'input.text' });
    if (!input.text.trim()) throw badInput('input.text is empty.', { argument: 'input.text' });
    try {
      const result = await ingestArticle(ctx.graph, {
        text: input.text,
        title: input.title,
        publishedAt: input.publishedAt,
        url: input.url ?? null,
        source: input.source ?? null,
        language: input.language ?? null,
      });
      ctx.loaders.article.clear(result.articleId);
      const w = result.summary.written;
      return {
        status: result.status.toUpperCase() as 'NEW',
        articleId: result.articleId,
        entities: w.entities,
        events: w.events,
        statements: w.statements,
      };
    } catch (error) {
      asClientError(error);
    }
  },
  async mergeEntities(_p, { keepId, mergeIds }, ctx) {
    requireKey(ctx);
    if (mergeIds.length === 0) throw badInput('mergeIds is empty.', { argument: 'mergeIds' });
    if (mergeIds.includes(keepId)) throw badInput('mergeIds must not contain keepId.', { argument: 'mergeIds' });
    try {
      const result = await mergeEntities(ctx.graph, keepId, [...mergeIds]);
      ctx.loaders.entity.clearAll();
      return { keepId: result.keepId, mergedIds: result.mergedIds };
    } catch (error) {
      asClientError(error);
    }
  },
  async renameEntity(_p, { id, name }, ctx) {
    requireKey(ctx);
    if (!name.trim() || name.length > 300) throw badInput('name must be 1–300 characters.', { argument: 'name' });
    try {
      await renameEntity(ctx.graph, id, name);
      ctx.loaders.entity.clear(id);
      return await entityOf(ctx, id);
    } catch (error) {
      asClientError(error);
    }
  },
};

export const IngestArticlePayload: IngestArticlePayloadResolvers = {
  async article(p, _a, ctx) {
    const a = await ctx.loaders.article.load(p.articleId);
    if (!a) throw new Error(`article ${p.articleId} was not found after ingestion`);
    return a;
  },
};

export const MergeEntitiesPayload: MergeEntitiesPayloadResolvers = {
  entity: (p, _a, ctx) => entityOf(ctx, p.keepId),
};
