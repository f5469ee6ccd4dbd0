import { chmodSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * `<dataDir>/local-api-key.json`: how a CLI on this machine (`pnpm feeds …`) asks the running `./newsgraph start`
 * to do the work in its own process. The start makes a random key per run, accepts it for mutations like a
 * configured key, writes it here (mode 0600: only the user who runs newsgraph, who can read the Neo4j password file
 * beside it anyway, can read it) with its pid and web address, and removes it on stop. Never a configured key.
 */
export interface LocalApiKeyRecord {
  pid: number;
  httpUrl: string;
  key: string;
  /** The graph it serves (graph's graphIdentity): a CLI on NEO4J_URI uses the server only when it is the same. */
  graph?: string;
}

const recordSchema = z.object({
  pid: z.number().int().positive(),
  httpUrl: z.url({ protocol: /^https?$/ }),
  key: z.string().min(32),
  graph: z.string().min(1).optional(),
});

export const localApiKeyPath = (dataDir: string) => join(dataDir, 'local-api-key.json');

/** Writes the file for this run: created 0600 under a temporary name, then renamed (a reader never sees half). */
export function writeLocalApiKeyFile(dataDir: string, record: LocalApiKeyRecord): void {
  // Checked before anything is created: a bad record leaves no file behind.
  const text = `${JSON.stringify(recordSchema.parse(record))}\n`;
  const file = localApiKeyPath(dataDir);
  const partial = `${file}.${record.pid}.partial`;
  rmSync(partial, { force: true });
  // 'wx': a file planted under that name is never written into (and its mode never inherited).
  const fd = openSync(partial, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  // The umask can only remove bits from 0600; set it anyway so the mode does not depend on it.
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}

/** Removes the file if it is this process's (never another run's). */
export function removeLocalApiKeyFile(dataDir: string, pid = process.pid): void {
  const record = readLocalApiKeyFile(dataDir);
  if (record === null || record.pid === pid) rmSync(localApiKeyPath(dataDir), { force: true });
}

/**
 * The key file of the running start, or null when there is none, it is unreadable, or anyone but its owner may read
 * it (a key others could read is not used: the CLI then says so and polls in its own process).
 */
export function readLocalApiKeyFile(dataDir: string): LocalApiKeyRecord | null {
  const file = localApiKeyPath(dataDir);
  try {
    if ((statSync(file).mode & 0o077) !== 0) return null;
    const parsed = recordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
