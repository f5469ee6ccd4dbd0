// Readers used by packages/api: one module per query family. Every query is parameterised and runs in a
// read transaction whose timeout the caller passes (the API's per-request time limit).
export * from './values.ts';
export * from './rows.ts';
export * from './timeBuckets.ts';
export * from './coMentionSentences.ts';
export * from './readEntities.ts';
export * from './readArticles.ts';
export * from './readFacts.ts';
export * from './listFacts.ts';
export * from './readEntityMentions.ts';
export * from './readNetworkEdges.ts';
export * from './readNetwork.ts';
export * from './readPath.ts';
export * from './readEdgeEvidence.ts';
export * from './readTimeline.ts';
export * from './readDyad.ts';
export * from './readStats.ts';
export * from './readDegree.ts';
export * from './readArticleWrites.ts';
