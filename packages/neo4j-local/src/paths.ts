import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `.data/` folder (git-ignored): database files, password, logs and the jar cache. */
export const DATA_ROOT = process.env.NEWSGRAPH_DATA_DIR
  ? resolve(process.env.NEWSGRAPH_DATA_DIR)
  : resolve(dirname(fileURLToPath(import.meta.url)), '../../../.data');

/** Where the product's own database lives, and the shared jar cache. */
export function localNeo4jPaths(name = 'neo4j'): { dataDir: string; cacheDir: string } {
  return { dataDir: join(DATA_ROOT, name), cacheDir: join(DATA_ROOT, 'cache') };
}
