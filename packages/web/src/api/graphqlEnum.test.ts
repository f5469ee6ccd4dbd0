// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, ENTITY_KINDS } from '../network/networkTypes.ts';
import { EVENT_TYPES, MODALITIES } from '../state/urlState.ts';
import { asGraphqlEnum } from './graphqlEnum.ts';

// The page's filter lists come from @newsgraph/model; the server accepts the SDL's enums. A value in one and not
// the other would be a filter the server refuses, or one the page cannot offer.
const schema = buildSchema(readFileSync(new URL('../../../../schema/schema.graphql', import.meta.url), 'utf8'));
const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum in schema.graphql`);
  return type.getValues().map((v) => v.name);
};

describe('the page vocabularies speak the schema enums', () => {
  it.each([
    ['EntityKind', ENTITY_KINDS],
    ['EdgeKind', EDGE_KINDS],
    ['EventType', EVENT_TYPES],
    ['Modality', MODALITIES],
  ])('%s', (name, values) => {
    expect([...values].sort()).toEqual(enumValues(name).sort());
  });

  it('spells a model vocabulary as its GraphQL enum', () => {
    expect(asGraphqlEnum(['Person', 'asserted', 'CO_MENTION'])).toEqual(['PERSON', 'ASSERTED', 'CO_MENTION']);
  });
});
