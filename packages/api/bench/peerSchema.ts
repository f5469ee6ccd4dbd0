// The same graph described for @neo4j/graphql (the peer the benchmark compares against): only what the
// comparable queries need, mapped onto the labels and relationship types our writers produce.
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_names", fields: ["name"], queryName: "entitySearch" }]) {
    id: ID!
    name: String!
    kind: String
    said: [Statement!]! @relationship(type: "SAID", direction: OUT)
  }
  type Statement @node {
    id: ID!
    text: String!
    kind: String
    date: Date
    speakers: [Entity!]! @relationship(type: "SAID", direction: IN)
    reportedIn: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Reported")
  }
  type Reported @relationshipProperties {
    sentence: String
  }
  type Article @node {
    id: ID!
    title: String
  }
`;

export const peerQueries = {
  search: `query($q: String!) { entitySearch(phrase: $q, first: 10) { edges { score node { id name kind } } } }`,
  statements: `query($id: ID!) { statements(where: { speakers: { some: { id: { eq: $id } } } }, sort: [{ date: ASC }], limit: 50) {
    id text date kind reportedInConnection { edges { properties { sentence } node { title } } } } }`,
};
