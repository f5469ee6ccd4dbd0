import type { EventResolvers, StatementResolvers } from '../generated/graphql.ts';

export const Event: EventResolvers = {
  type: (e) => e.type as never,
  quad: (e) => e.quad as never,
  modality: (e) => e.modality as never,
  datePrecision: (e) => e.datePrecision as never,
  sources: async (e, _a, ctx) => (await ctx.loaders.eventParties.load(e.id)).sources,
  targets: async (e, _a, ctx) => (await ctx.loaders.eventParties.load(e.id)).targets,
  locations: async (e, _a, ctx) => (await ctx.loaders.eventParties.load(e.id)).locations,
  evidence: (e, _a, ctx) => ctx.loaders.eventEvidence.load(e.id),
};

export const Statement: StatementResolvers = {
  datePrecision: (s) => s.datePrecision as never,
  speakers: async (s, _a, ctx) => (await ctx.loaders.statementParties.load(s.id)).sources,
  about: async (s, _a, ctx) => (await ctx.loaders.statementParties.load(s.id)).targets,
  evidence: (s, _a, ctx) => ctx.loaders.statementEvidence.load(s.id),
};
