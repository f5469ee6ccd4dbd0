import type {
  DyadBucketResolvers,
  DyadResolvers,
  EdgeEvidenceResolvers,
  NetworkEdgeResolvers,
  PathResolvers,
  PathStepResolvers,
} from '../generated/graphql.ts';
import { entityOf } from './entity.ts';
import { present } from './present.ts';

export const NetworkEdge: NetworkEdgeResolvers = {
  kind: (e) => e.kind,
};

export const Path: PathResolvers = {
  length: (p) => p.steps.length,
  nodes: (p, _a, ctx) => Promise.all(p.nodeIds.map((id) => entityOf(ctx, id))),
  steps: (p) => p.steps,
};

export const PathStep: PathStepResolvers = {
  from: (s, _a, ctx) => entityOf(ctx, s.fromId),
  to: (s, _a, ctx) => entityOf(ctx, s.toId),
};

export const EdgeEvidence: EdgeEvidenceResolvers = {
  a: (e, _a, ctx) => entityOf(ctx, e.aId),
  b: (e, _a, ctx) => entityOf(ctx, e.bId),
};

export const Dyad: DyadResolvers = {
  a: (d, _a, ctx) => entityOf(ctx, d.aId),
  b: (d, _a, ctx) => entityOf(ctx, d.bId),
};

export const DyadBucket: DyadBucketResolvers = {
  async events(b, _a, ctx) {
    return present(await ctx.loaders.event.loadMany(b.eventIds));
  },
};
