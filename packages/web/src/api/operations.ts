/**
 * Every GraphQL operation the page sends. Result and variable types are generated from these and
 * schema/schema.graphql into generated.ts; each constant is paired with its types in queries.ts.
 */

/** Fragments shared by several operations; the client appends the ones an operation uses. */
export const FRAGMENTS = /* GraphQL */ `
  fragment ArticleRef on Article {
    id
    title
    source
    url
    publishedAt
    publishedAtPrecision
  }

  fragment EvidenceFields on Evidence {
    sentence
    start
    end
    article {
      ...ArticleRef
    }
  }

  fragment EventFields on Event {
    id
    type
    label
    quad
    modality
    date
    datePrecision
    dateText
    summary
    sourceCount
    sources {
      id
      name
      kind
    }
    targets {
      id
      name
      kind
    }
    evidence {
      ...EvidenceFields
    }
  }

  fragment StatementFields on Statement {
    id
    text
    kind
    verb
    date
    datePrecision
    dateText
    stance
    sourceCount
    speakers {
      id
      name
      kind
    }
    about {
      id
      name
      kind
    }
    evidence {
      ...EvidenceFields
    }
  }
`;

export const STATS = /* GraphQL */ `
  query Stats {
    stats {
      articles
      entities
      events
      statements
      firstEventDate
      lastEventDate
      firstPublished
      lastPublished
      extractorVersions
    }
  }
`;

export const SEARCH_ENTITIES = /* GraphQL */ `
  query SearchEntities($query: String!, $kinds: [EntityKind!], $first: Int) {
    searchEntities(query: $query, kinds: $kinds, first: $first) {
      score
      matched
      entity {
        id
        kind
        name
        articleCount
      }
    }
  }
`;

export const NETWORK = /* GraphQL */ `
  query Network($input: NetworkInput!) {
    network(input: $input) {
      truncated
      totalEdges
      nodes {
        id
        kind
        name
        weight
        hop
      }
      edges {
        id
        kind
        source
        target
        directed
        weight
        label
        sourceCount
        moments {
          date
          published
          eventType
          modality
          quad
          statementKind
          datePrecision
        }
      }
    }
  }
`;

export const TIMELINE = /* GraphQL */ `
  query Timeline($bucket: TimeBucket, $timeAxis: TimeAxis, $entityIds: [ID!]) {
    timeline(bucket: $bucket, timeAxis: $timeAxis, entityIds: $entityIds) {
      bucket
      buckets {
        start
        end
        events
        statements
        articles
        total
      }
    }
  }
`;

export const ENTITY_DETAIL = /* GraphQL */ `
  query EntityDetail($id: ID!) {
    entity(id: $id) {
      id
      kind
      name
      aliases
      iso2
      description
      articleCount
      firstSeen
      lastSeen
      roles {
        title
        asOf
        holder {
          id
          name
          kind
        }
        organization {
          id
          name
          kind
        }
      }
      events(first: 50) {
        totalCount
        edges {
          node {
            ...EventFields
          }
        }
      }
      statements(first: 50) {
        totalCount
        edges {
          node {
            ...StatementFields
          }
        }
      }
      mentions(first: 20) {
        totalCount
        edges {
          node {
            count
            article {
              ...ArticleRef
            }
          }
        }
      }
    }
  }
`;

/** The evidence behind one connection, in one request (one read transaction on the server). */
export const EDGE_EVIDENCE = /* GraphQL */ `
  query EdgeEvidence($sourceId: ID!, $targetId: ID!, $window: TimeWindow, $timeAxis: TimeAxis) {
    edgeEvidence(sourceId: $sourceId, targetId: $targetId, window: $window, timeAxis: $timeAxis) {
      a {
        id
        name
        kind
        aliases
      }
      b {
        id
        name
        kind
        aliases
      }
      events {
        ...EventFields
      }
      roles {
        title
        asOf
        holder {
          id
          name
          kind
        }
        organization {
          id
          name
          kind
        }
      }
      statements {
        ...StatementFields
      }
      coMentions {
        article {
          ...ArticleRef
        }
        sentences {
          start
          end
          text
        }
      }
    }
  }
`;

export const PATH = /* GraphQL */ `
  query Path($fromId: ID!, $toId: ID!, $window: TimeWindow, $timeAxis: TimeAxis, $edgeKinds: [EdgeKind!]) {
    path(fromId: $fromId, toId: $toId, maxHops: 4, window: $window, timeAxis: $timeAxis, edgeKinds: $edgeKinds) {
      length
      nodes {
        id
        name
        kind
      }
      steps {
        from {
          id
          name
          kind
        }
        to {
          id
          name
          kind
        }
        edges {
          id
          kind
          label
          weight
          firstDate
          lastDate
        }
      }
    }
  }
`;

export const STATEMENT_HISTORY = /* GraphQL */ `
  query StatementHistory($filter: StatementFilter, $first: Int, $after: String) {
    statements(filter: $filter, order: ASC, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...StatementFields
        }
      }
    }
  }
`;

export const COUNTRIES = /* GraphQL */ `
  query Countries {
    entities(filter: { kinds: [COUNTRY] }, orderBy: ARTICLE_COUNT_DESC, first: 200) {
      edges {
        node {
          id
          name
          iso2
          articleCount
        }
      }
    }
  }
`;

/** Who the dyad view can pair: any entity (a leader and a country included), most reported first. */
export const DYAD_CANDIDATES = /* GraphQL */ `
  query DyadCandidates {
    entities(orderBy: ARTICLE_COUNT_DESC, first: 200) {
      edges {
        node {
          id
          name
          kind
          articleCount
        }
      }
    }
  }
`;

export const DYAD = /* GraphQL */ `
  query Dyad($aId: ID!, $bId: ID!, $bucket: TimeBucket, $timeAxis: TimeAxis) {
    dyad(aId: $aId, bId: $bId, bucket: $bucket, timeAxis: $timeAxis) {
      bucket
      a {
        id
        name
      }
      b {
        id
        name
      }
      buckets {
        start
        end
        cooperation
        conflict
        verbalCooperation
        materialCooperation
        verbalConflict
        materialConflict
        aToB
        bToA
        events {
          ...EventFields
        }
      }
    }
  }
`;

export const ARTICLE = /* GraphQL */ `
  query Article($id: ID!) {
    article(id: $id) {
      id
      title
      source
      url
      publishedAt
      publishedAtPrecision
      language
      mentions {
        entity {
          id
          name
          kind
        }
        spans {
          start
          end
        }
      }
      events {
        ...EventFields
      }
      statements {
        ...StatementFields
      }
      comments {
        index
        text
      }
    }
  }
`;

// The reader pages the body (issue 12: a 10 MB article was one 56 MB answer drawn in one go): the first page with
// the article, more on scroll, or the page holding a fact's sentence (`at`).
export const ARTICLE_BODY = /* GraphQL */ `
  query ArticleBody($id: ID!, $first: Int, $after: String, $at: Int) {
    article(id: $id) {
      id
      body(first: $first, after: $after, at: $at) {
        chunks {
          index
          start
          end
          text
        }
        totalCount
        length
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const EXPORT_VIEW = /* GraphQL */ `
  query ExportView($format: ExportFormat!, $input: NetworkInput!) {
    export(format: $format, input: $input) {
      filename
      mimeType
      content
    }
  }
`;
