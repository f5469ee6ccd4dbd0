import type * as G from './generated.ts';
import { operation } from './graphqlClient.ts';
import * as ops from './operations.ts';

/** Each operation paired with its generated result and variable types. */
export const Q = {
  stats: operation<G.StatsQuery, G.StatsQueryVariables>(ops.STATS),
  searchEntities: operation<G.SearchEntitiesQuery, G.SearchEntitiesQueryVariables>(ops.SEARCH_ENTITIES),
  network: operation<G.NetworkQuery, G.NetworkQueryVariables>(ops.NETWORK),
  timeline: operation<G.TimelineQuery, G.TimelineQueryVariables>(ops.TIMELINE),
  entityDetail: operation<G.EntityDetailQuery, G.EntityDetailQueryVariables>(ops.ENTITY_DETAIL),
  edgeEvidence: operation<G.EdgeEvidenceQuery, G.EdgeEvidenceQueryVariables>(ops.EDGE_EVIDENCE),
  path: operation<G.PathQuery, G.PathQueryVariables>(ops.PATH),
  statementHistory: operation<G.StatementHistoryQuery, G.StatementHistoryQueryVariables>(ops.STATEMENT_HISTORY),
  countries: operation<G.CountriesQuery, G.CountriesQueryVariables>(ops.COUNTRIES),
  dyadCandidates: operation<G.DyadCandidatesQuery, G.DyadCandidatesQueryVariables>(ops.DYAD_CANDIDATES),
  dyad: operation<G.DyadQuery, G.DyadQueryVariables>(ops.DYAD),
  article: operation<G.ArticleQuery, G.ArticleQueryVariables>(ops.ARTICLE),
  articleBody: operation<G.ArticleBodyQuery, G.ArticleBodyQueryVariables>(ops.ARTICLE_BODY),
  exportView: operation<G.ExportViewQuery, G.ExportViewQueryVariables>(ops.EXPORT_VIEW),
};

export type NetworkEdgeResult = G.NetworkQuery['network']['edges'][number];
export type NetworkNodeResult = G.NetworkQuery['network']['nodes'][number];
export type EventItem = G.EventFieldsFragment;
export type StatementItem = G.StatementFieldsFragment;
export type ArticleRef = G.ArticleRefFragment;
export type EvidenceItem = G.EvidenceFieldsFragment;
export type BodyChunk = NonNullable<G.ArticleBodyQuery['article']>['body']['chunks'][number];
export type { EdgeKind, EntityKind, EventType, Modality, TimeAxis, QuadClass, StatementKind } from './generated.ts';
