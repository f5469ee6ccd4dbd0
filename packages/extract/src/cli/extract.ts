// pnpm extract <file|-> [--published YYYY-MM-DD] [--title T]   → one Extraction as JSON
// pnpm --silent extract --jsonl < in.jsonl                      → one Extraction per input line, with its id
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { extractArticle } from '../extractArticle.ts';
import { createExtractor } from '../extractor.ts';
import type { ArticleInput } from '../readers/articleInput.ts';

// During the move to the spaCy layer, NEWSGRAPH_EXTRACTOR=spacy selects it; the rule engine stays the default until
// the new one is measured better on every dev set (then this switch and the old engine are removed).
const useSpacy = process.env.NEWSGRAPH_EXTRACTOR === 'spacy';
const spacy = useSpacy ? createExtractor() : null;
const extractOne = async (input: ArticleInput) => (spacy ? spacy.extract(input) : extractArticle(input));
import { parseArticleFile, sniffFormat } from '../readers/parseArticleFile.ts';

const jsonlLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});

const usage = 'usage: pnpm extract <file|-> [--published YYYY-MM-DD] [--title T]\n       pnpm --silent extract --jsonl < articles.jsonl';

async function runJsonl(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (err) {
        throw new Error(`not JSON (${err instanceof Error ? err.message : String(err)})`);
      }
      const parsed = jsonlLine.safeParse(raw);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
      const { id, ...input } = parsed.data;
      const x = await extractOne(input);
      process.stdout.write(`${JSON.stringify({ id, ...x })}\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`line ${n}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}

async function runOne(path: string, published: string | undefined, title: string | undefined): Promise<number> {
  const content = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  const input = parseArticleFile(content, path === '-' ? sniffFormat(content) : path);
  if (published) input.publishedAt = published;
  if (title) input.title = title;
  process.stdout.write(`${JSON.stringify(await extractOne(input), null, 2)}\n`);
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { jsonl: { type: 'boolean' }, published: { type: 'string' }, title: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { console.log(usage); return 0; }
  if (values.jsonl) return runJsonl();
  if (positionals.length !== 1) { console.error(usage); return 2; }
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) { console.error(`--published must be YYYY-MM-DD, got "${values.published}"`); return 2; }
  return runOne(positionals[0]!, values.published, values.title);
}

main().then(
  async (code) => {
    await spacy?.close();
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`extract: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
