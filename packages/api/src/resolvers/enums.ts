// GraphQL enum values ↔ the graph's stored vocabulary (Apollo converts at the edge, both directions).
export const enumResolvers = {
  EntityKind: {
    PERSON: 'Person',
    COUNTRY: 'Country',
    ORGANIZATION: 'Organization',
    LOCATION: 'Location',
    GROUP: 'Group',
  },
  Modality: {
    ASSERTED: 'asserted',
    THREATENED: 'threatened',
    PLANNED: 'planned',
    HYPOTHETICAL: 'hypothetical',
    DENIED: 'denied',
  },
  QuadClass: {
    VERBAL_COOPERATION: 'verbal_cooperation',
    MATERIAL_COOPERATION: 'material_cooperation',
    VERBAL_CONFLICT: 'verbal_conflict',
    MATERIAL_CONFLICT: 'material_conflict',
  },
  StatementKind: { DIRECT: 'direct', INDIRECT: 'indirect' },
  DatePrecision: { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' },
  PublicationPrecision: { YEAR: 'year', MONTH: 'month', DAY: 'day', TIME: 'time', UNKNOWN: 'unknown' },
} as const;
