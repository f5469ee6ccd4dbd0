import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { formatForFile } from '../sources/sourceFormat.ts';

/**
 * How many articles the paths hold, for the progress bar's ETA: JSON Lines are counted by their non-empty
 * lines (a streaming pass), every other file counts one until it is read. Null when standard input is among them.
 */
export async function estimateArticleCount(paths: string[]): Promise<number | null> {
  let total = 0;
  const countFile = async (path: string) => {
    if (formatForFile(path) !== 'jsonl') return 1;
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity }))
      if (line.trim()) n++;
    return n;
  };
  const walk = async (dir: string): Promise<void> => {
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && formatForFile(full)) total += await countFile(full);
    }
  };
  for (const path of paths) {
    if (path === '-') return null;
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path);
      else total += await countFile(path);
    } catch {
      total += 1; // reported as an error when read
    }
  }
  return total;
}
