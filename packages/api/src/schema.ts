import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The SDL every package shares (schema/schema.graphql): the API serves exactly this. */
export const SCHEMA_PATH = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
export const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');
