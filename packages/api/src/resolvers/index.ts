import type { Resolvers } from '../generated/graphql.ts';
import { Article, CoMention, Comment, Evidence } from './article.ts';
import { enumResolvers } from './enums.ts';
import { CentralityScore, Entity, Mention, Neighbor, NetworkNode, Role, SearchHit } from './entity.ts';
import { Event, Statement } from './facts.ts';
import { feedMutations, feedQueries } from './feeds.ts';
import { IngestArticlePayload, MergeEntitiesPayload, Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { Dyad, DyadBucket, EdgeEvidence, NetworkEdge, Path, PathStep } from './results.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';

export const resolvers: Resolvers = {
  Date: DateScalar as never,
  DateTime: DateTimeScalar as never,
  ...(enumResolvers as unknown as Pick<Resolvers, 'EntityKind' | 'Modality' | 'QuadClass' | 'StatementKind' | 'DatePrecision'>),
  Node: { __resolveType: (node) => (node as unknown as { __typename: 'Entity' }).__typename },
  Query: { ...Query, ...feedQueries },
  Mutation: { ...Mutation, ...feedMutations },
  Entity,
  Role,
  Mention,
  Neighbor,
  NetworkNode,
  SearchHit,
  CentralityScore,
  Article,
  Comment,
  Evidence,
  CoMention,
  Event,
  Statement,
  NetworkEdge,
  Path,
  PathStep,
  EdgeEvidence,
  Dyad,
  DyadBucket,
  IngestArticlePayload,
  MergeEntitiesPayload,
};
