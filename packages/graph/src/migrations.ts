import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphConnection, TransactionOptions } from './connection.ts';

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../schema/neo4j');

export interface Migration {
  /** File name without extension, e.g. "001_constraints"; its number orders it. */
  id: string;
  checksum: string;
  statements: string[];
}

export interface SchemaApplyResult {
  /** The highest migration number now recorded in the database. */
  version: number;
  applied: string[];
  skipped: string[];
}

/** Splits a Cypher file into statements: `;` at line end, `//` comment lines dropped. */
export function parseCypherFile(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export function loadMigrations(dir = SCHEMA_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d+_[\w-]+\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: parseCypherFile(text),
      };
    });
}

/**
 * Applies schema/neo4j/*.cypher in order, once each: every applied file is recorded as a
 * (:SchemaMigration {id, checksum, appliedAt}) node, so a second apply runs nothing. A file that changed after
 * it was applied is an error (write a new numbered file instead).
 */
export async function applySchema(graph: GraphConnection, dir = SCHEMA_DIR): Promise<SchemaApplyResult> {
  const migrations = loadMigrations(dir);
  const recorded = await graph.readRows<{ id: string; checksum: string }>(
    'MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum',
  );
  const known = new Map(recorded.map((row) => [row.id, row.checksum]));
  const result: SchemaApplyResult = { version: 0, applied: [], skipped: [] };
  for (const migration of migrations) {
    const checksum = known.get(migration.id);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new Error(
          `Schema file ${migration.id}.cypher changed after it was applied; add a new numbered file instead.`,
        );
      }
      result.skipped.push(migration.id);
      continue;
    }
    // Schema commands cannot share a transaction with data writes: one transaction each.
    for (const statement of migration.statements) await graph.writeQuery(statement);
    await graph.writeQuery('MERGE (m:SchemaMigration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()', {
      id: migration.id,
      checksum: migration.checksum,
    });
    result.applied.push(migration.id);
  }
  result.version = Math.max(0, ...migrations.map((m) => Number.parseInt(m.id, 10)));
  return result;
}

/** The schema version recorded in the database (0 when none was applied). */
export async function schemaVersion(graph: GraphConnection): Promise<number> {
  const rows = await graph.readRows<{ id: string }>('MATCH (m:SchemaMigration) RETURN m.id AS id');
  return Math.max(0, ...rows.map((row) => Number.parseInt(row.id, 10)));
}

/** The schema files not yet recorded as applied (readiness: a server must not serve a graph missing its indexes). */
export async function pendingMigrations(
  graph: GraphConnection,
  dir = SCHEMA_DIR,
  options?: TransactionOptions,
): Promise<string[]> {
  const rows = await graph.readRows<{ id: string }>('MATCH (m:SchemaMigration) RETURN m.id AS id', {}, options);
  const applied = new Set(rows.map((row) => row.id));
  return loadMigrations(dir)
    .map((m) => m.id)
    .filter((id) => !applied.has(id));
}
