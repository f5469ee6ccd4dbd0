import { buildSchema, Kind, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost, loadApiConfig, operationLimitsRule, typeDefs } from '@newsgraph/api';
import { withFragments } from '../../packages/web/src/api/graphqlClient.ts';
import * as operations from '../../packages/web/src/api/operations.ts';

// A contract between two packages (the page's operations, the server's limits), so it lives here in tests/ rather
// than inside either package. The limits must refuse attacks, not the product's own page: every operation it sends passes them by default.
const config = loadApiConfig({ NODE_ENV: 'production' });
const schema = buildSchema(typeDefs);

describe('the web page’s operations pass the default limits', () => {
  const named = Object.entries(operations).filter(([name, text]) => name !== 'FRAGMENTS' && typeof text === 'string');
  it.each(named)('%s', (_name, text) => {
    const doc = parse(withFragments(text), { maxTokens: config.maxTokens });
    expect(validate(schema, doc, [...specifiedRules, operationLimitsRule(config)])).toEqual([]);
    const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    expect(estimateCost(schema, doc, op, {}).cost).toBeLessThanOrEqual(config.maxCost);
  });
});
