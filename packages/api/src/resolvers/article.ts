import type { RequestContext } from '../context.ts';
import type {
  ArticleResolvers,
  CommentResolvers,
  CoMentionResolvers,
  EvidenceResolvers,
} from '../generated/graphql.ts';

import { pageBody } from '../articleBody/pageBody.ts';
import { present } from './present.ts';

export const Article: ArticleResolvers = {
  // Pages the text already loaded with the article (one row per article per request, batched by the loader).
  body: (a, args) => pageBody(a, args),
  mentions: (a, _x, ctx) => ctx.loaders.articleMentions.load(a.id),
  async events(a, _x, ctx) {
    return present(await ctx.loaders.event.loadMany(await ctx.loaders.articleEventIds.load(a.id)));
  },
  async statements(a, _x, ctx) {
    return present(await ctx.loaders.statement.loadMany(await ctx.loaders.articleStatementIds.load(a.id)));
  },
  comments: (a, _x, ctx) => ctx.loaders.articleComments.load(a.id),
};

export const Comment: CommentResolvers = {
  mentions: (c, _x, ctx) => ctx.loaders.commentMentions.load(c.id),
};

async function articleOf(ctx: RequestContext, id: string) {
  const a = await ctx.loaders.article.load(id);
  if (!a) throw new Error(`article ${id} vanished while the request was running`);
  return a;
}

export const Evidence: EvidenceResolvers = {
  article: (e, _x, ctx) => articleOf(ctx, e.articleId),
};

export const CoMention: CoMentionResolvers = {
  article: (c, _x, ctx) => articleOf(ctx, c.articleId),
};
