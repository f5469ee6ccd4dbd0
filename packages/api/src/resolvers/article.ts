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
  // The article row carries no text (it can be megabytes): the whole text only when asked for, a page's part for body.
  async text(a, _x, ctx) {
    const text = await ctx.loaders.articleText.load(a.id);
    if (text === null) throw new Error(`article ${a.id} vanished while the request was running`);
    return text;
  },
  body: (a, args, ctx) => pageBody(a, args, ctx),
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
