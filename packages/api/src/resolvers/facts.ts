import type { EventResolvers, StatementResolvers } from '../generated/graphql.ts';

export const Event: EventResolvers = {
  sources: async (e, _a, ctx) => (await ctx.loaders.eventParties.load(e.id)).sources,
  targets: async (e, _a, ctx) => (await ctx.loaders.eventParties.load(e.id)).targets,
  locations: async (e, _a, ctx) => (await ctx.loaders.eventParties.load(e.id)).locations,
  evidence: (e, _a, ctx) => ctx.loaders.eventEvidence.load(e.id),
};

export const Statement: StatementResolvers = {
  speakers: async (s, _a, ctx) => (await ctx.loaders.statementParties.load(s.id)).sources,
  about: async (s, _a, ctx) => (await ctx.loaders.statementParties.load(s.id)).targets,
  evidence: (s, _a, ctx) => ctx.loaders.statementEvidence.load(s.id),
};
