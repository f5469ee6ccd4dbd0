import { buildSchema, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withFragments } from '../../../web/src/api/graphqlClient.ts';
import * as operations from '../../../web/src/api/operations.ts';
import { loadApiConfig } from '../config.ts';
import { typeDefs } from '../schema.ts';
import { estimateCost } from './estimateCost.ts';
import { operationLimitsRule } from './operationLimitsRule.ts';

// The limits must refuse attacks, not the product's own page: every operation it sends passes them by default.
const config = loadApiConfig({ NODE_ENV: 'production' });
const schema = buildSchema(typeDefs);

describe('the web page’s operations pass the default limits', () => {
  const named = Object.entries(operations).filter(([name, text]) => name !== 'FRAGMENTS' && typeof text === 'string');
  it.each(named)('%s', (_name, text) => {
    const doc = parse(withFragments(text as string), { maxTokens: config.maxTokens });
    expect(validate(schema, doc, [...specifiedRules, operationLimitsRule(config)])).toEqual([]);
    const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    expect(estimateCost(schema, doc, op, {}).cost).toBeLessThanOrEqual(config.maxCost);
  });
});
