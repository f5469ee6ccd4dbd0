// Lists the gold examples in this folder as pairs of article and annotation, so the checker CLI
// and the test walk exactly the same files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldExampleFiles {
  slug: string;
  markdownPath: string;
  goldPath: string;
  markdown: string;
  /** Parsed JSON, or the parse error's message when the file is not JSON. */
  gold: unknown;
  jsonError: string | null;
}

export const GOLD_DIR = import.meta.dirname;
/** Hand-annotated real articles from the Wikinews dev corpus (same format, style `wikinews`, tune/check split). */
export const WIKINEWS_DIR = join(import.meta.dirname, '../wikinews');
/** Every folder of gold examples the checker and the gold test walk. */
export const GOLD_DIRS = [GOLD_DIR, WIKINEWS_DIR] as const;

export function loadGoldExamples(dir: string = GOLD_DIR): GoldExampleFiles[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir);
  const slugs = files.filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  return slugs.map((slug) => {
    const markdownPath = join(dir, `${slug}.md`);
    const goldPath = join(dir, `${slug}.gold.json`);
    let markdown = '';
    try {
      markdown = readFileSync(markdownPath, 'utf8');
    } catch {
      // A missing article is reported by the validator as an empty body with no front matter.
    }
    let gold: unknown = null;
    let jsonError: string | null = null;
    try {
      gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    } catch (err) {
      jsonError = err instanceof Error ? err.message : String(err);
    }
    return { slug, markdownPath, goldPath, markdown, gold, jsonError };
  });
}

/** Articles without a gold file: a half-added example should fail, not be skipped. */
export function orphanArticles(dir: string = GOLD_DIR): string[] {
  if (!existsSync(dir)) return [];
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((f) => f.endsWith('.md') && f !== 'README.md' && !files.has(f.replace(/\.md$/, '.gold.json')))
    .sort();
}
