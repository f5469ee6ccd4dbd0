/**
 * A model vocabulary ('Person', 'asserted') in the spelling of its GraphQL enum ('PERSON', 'ASSERTED'): the page
 * takes its lists from @newsgraph/model and speaks GraphQL's spelling, as the API's enum resolvers map them.
 */
export function asGraphqlEnum<T extends string>(values: readonly T[]): readonly Uppercase<T>[] {
  // toUpperCase is typed as string; Uppercase<T> is exactly what it returns for T.
  return values.map((v) => v.toUpperCase() as Uppercase<T>);
}
