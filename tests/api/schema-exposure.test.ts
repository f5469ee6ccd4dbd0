import { describe, expect, it } from 'vitest';
import { gql } from '../support/server.ts';
import { expectRefusedWithoutCypher, useHostileServer } from '../support/hostileServer.ts';

describe('production hides the schema unless configured', () => {
  const production = useHostileServer({ production: true, introspection: false });
  const configured = useHostileServer({ production: true, introspection: true });

  it('introspection is refused in production: 400 INTROSPECTION_DISABLED, no Cypher', async () => {
    await expectRefusedWithoutCypher(production, '{ __schema { types { name } } }', 'INTROSPECTION_DISABLED');
    await expectRefusedWithoutCypher(
      production,
      '{ __type(name: "Entity") { fields { name } } }',
      'INTROSPECTION_DISABLED',
    );
  });

  it('no "Did you mean" suggestions in production', async () => {
    const r = await expectRefusedWithoutCypher(production, '{ stats { articlez } }', 'GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('NEWSGRAPH_INTROSPECTION=true turns both back on', async () => {
    const r = await gql(configured.server.url, '{ __type(name: "Stats") { name } }');
    expect(r.data).toEqual({ __type: { name: 'Stats' } });
    const typo = await gql(configured.server.url, '{ stats { articlez } }');
    expect(typo.errors![0]!.message).toMatch(/Did you mean "articles"/);
  });

  it('a variable of the wrong type is 400 BAD_USER_INPUT, not 500, and runs nothing', async () => {
    const r = await expectRefusedWithoutCypher(
      production,
      'query($n: Int) { statements(first: $n) { totalCount } }',
      'BAD_USER_INPUT',
      { n: 'many' },
    );
    expect(r.errors![0]!.message).toMatch(/Int cannot represent/);
    await expectRefusedWithoutCypher(
      production,
      'query($w: TimeWindow) { statements(filter: { window: $w }) { totalCount } }',
      'BAD_USER_INPUT',
      { w: { from: { nested: [1] } } },
    );
  });
});
