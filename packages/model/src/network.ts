// The network's own vocabulary, shared by the graph readers and the API (the GraphQL enums EdgeKind and TimeAxis
// carry the same values; the page takes the lists through @newsgraph/model/vocabulary).

/** What connects two entities: a fact between them, a statement by one about the other, a shared article, a role. */
export const EDGE_KINDS = ['EVENT', 'STATEMENT', 'CO_MENTION', 'ROLE'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Which date places a fact in time: when it happened or was said (EVENT), or when it was published. */
export const TIME_AXES = ['EVENT', 'PUBLISHED'] as const;
export type TimeAxis = (typeof TIME_AXES)[number];
