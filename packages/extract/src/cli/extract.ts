// pnpm extract <file|-> [--published YYYY-MM-DD] [--title T]   → one Extraction as JSON
// pnpm --silent extract --jsonl < in.jsonl                      → one Extraction per input line, with its id
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createExtractor } from '../extractor.ts';
import type { ArticleInput } from '../readers/articleInput.ts';
import { parseArticleFile, sniffFormat } from '../readers/parseArticleFile.ts';

const extractor = createExtractor();
/** Lines parsed per spaCy call: nlp.pipe batches them, and output order stays input order. */
const JSONL_BATCH = 16;

const jsonlLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});

const usage =
  'usage: pnpm extract <file|-> [--published YYYY-MM-DD] [--title T]\n       pnpm --silent extract --jsonl < articles.jsonl';

async function runJsonl(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  let batch: { line: number; id: string; input: ArticleInput }[] = [];
  const report = (line: number, message: string) => {
    failed++;
    process.stderr.write(`line ${line}: ${message}\n`);
  };
  const flush = async () => {
    const outcomes = await extractor.extractMany(batch.map((b) => b.input));
    outcomes.forEach((o, k) => {
      const { line, id } = batch[k]!;
      if (o.ok) process.stdout.write(`${JSON.stringify({ id, ...o.extraction })}\n`);
      else report(line, o.message);
    });
    batch = [];
  };
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      report(n, `not JSON (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    const parsed = jsonlLine.safeParse(raw);
    if (!parsed.success) {
      report(n, parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
      continue;
    }
    const { id, ...input } = parsed.data;
    batch.push({ line: n, id, input });
    if (batch.length >= JSONL_BATCH) await flush();
  }
  if (batch.length) await flush();
  return failed ? 1 : 0;
}

async function runOne(path: string, published: string | undefined, title: string | undefined): Promise<number> {
  const content = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  const input = parseArticleFile(content, path === '-' ? sniffFormat(content) : path);
  if (published) input.publishedAt = published;
  if (title) input.title = title;
  process.stdout.write(`${JSON.stringify(await extractor.extract(input), null, 2)}\n`);
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean' },
      published: { type: 'string' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values.jsonl) return runJsonl();
  if (positionals.length !== 1) {
    console.error(usage);
    return 2;
  }
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    console.error(`--published must be YYYY-MM-DD, got "${values.published}"`);
    return 2;
  }
  return runOne(positionals[0]!, values.published, values.title);
}

// The outcome is settled before the worker is closed, so nothing that happens while closing can lose it.
main().then(
  async (code) => {
    process.exitCode = code;
    await extractor.close();
  },
  async (err: unknown) => {
    process.exitCode = 1;
    console.error(`extract: ${err instanceof Error ? err.message : String(err)}`);
    await extractor.close();
  },
);
