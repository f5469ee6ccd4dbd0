import { describe, expect, it } from 'vitest';
import { loadMigrations, parseCypherFile } from './migrations.ts';

describe('schema files', () => {
  it('splits statements and drops comment lines', () => {
    expect(
      parseCypherFile(
        '// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n',
      ),
    ).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)']);
  });

  it('are numbered, ordered and idempotent by construction (IF NOT EXISTS)', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.id)).toEqual([...migrations.map((m) => m.id)].sort());
    for (const statement of migrations.flatMap((m) => m.statements)) expect(statement).toMatch(/IF NOT EXISTS/);
  });
});
