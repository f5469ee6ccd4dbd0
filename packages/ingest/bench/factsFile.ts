import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { ArticleFacts } from '@newsgraph/graph';

/**
 * Phase 2's input between runs of `pnpm bench:ingest --facts FILE`: the extracted articles' facts as JSON lines, so
 * a change to the writer can be PROFILEd on the same facts without re-running spaCy. Only this bench writes the file.
 */
export async function writeFactsFile(path: string, facts: ArticleFacts[]): Promise<void> {
  const out = createWriteStream(path);
  for (const f of facts) if (!out.write(`${JSON.stringify(f)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export async function readFactsFile(path: string): Promise<ArticleFacts[]> {
  const facts: ArticleFacts[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    const f = JSON.parse(text) as Partial<ArticleFacts> | null;
    // A file from another tool (or cut short) is refused by name rather than written half-understood.
    if (typeof f?.article?.id !== 'string' || !Array.isArray(f.entities) || !Array.isArray(f.events))
      throw new Error(`${path}:${line}: not an ArticleFacts line written by bench:ingest --facts`);
    facts.push(f as ArticleFacts);
  }
  if (facts.length === 0) throw new Error(`${path}: no articles' facts in it`);
  return facts;
}
