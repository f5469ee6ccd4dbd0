import type { Resolvers } from '../generated/graphql.ts';
import { Article, CoMention, Comment, Evidence } from './article.ts';
import { enumResolvers } from './enums.ts';
import { CentralityScore, Entity, Mention, Neighbor, NetworkNode, Role, SearchHit } from './entity.ts';
import { Event, Statement } from './facts.ts';
import { Feed, FeedPollJob, feedMutations, feedQueries } from './feeds.ts';
import { IngestArticlePayload, MergeEntitiesPayload, Mutation } from './mutation.ts';
import { nodeType, Query } from './query.ts';
import { Dyad, DyadBucket, EdgeEvidence, NetworkEdge, Path, PathStep } from './results.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';

/**
 * The generated Resolvers type wants GraphQLScalarType instances for Date/DateTime; ours are plain
 * {serialize, parseValue, parseLiteral} objects (see scalars.ts: they work with either copy of graphql), which Apollo
 * accepts. Everything else is checked against the generated types.
 */
type ScalarConfig = typeof DateScalar;
export const resolvers: Omit<Resolvers, 'Date' | 'DateTime'> & { Date: ScalarConfig; DateTime: ScalarConfig } = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  ...(enumResolvers as unknown as Pick<
    Resolvers,
    'EntityKind' | 'Modality' | 'QuadClass' | 'StatementKind' | 'DatePrecision'
  >),
  // Every node's id says its type (article:, event:, statement:, else an entity), so no row carries a __typename.
  Node: { __resolveType: (node) => nodeType(node.id) },
  Query: { ...Query, ...feedQueries },
  Mutation: { ...Mutation, ...feedMutations },
  Feed,
  FeedPollJob,
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
