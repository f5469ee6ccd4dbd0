// Parent shapes of the mutation payloads (codegen maps the GraphQL payload types onto these).
export interface IngestArticlePayloadRow {
  status: 'NEW' | 'UPDATED' | 'UNCHANGED';
  articleId: string;
  entities: number;
  events: number;
  statements: number;
}

export interface MergeEntitiesPayloadRow {
  keepId: string;
  mergedIds: string[];
}
