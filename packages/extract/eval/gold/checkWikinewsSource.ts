// A Wikinews gold example must carry its article verbatim and sit in the split its corpus line gives it.
// Checked against ../shared/corpora/wikinews-dev.jsonl when that file is present (it is outside the repository).
import { corpusPath, readCorpus, wikinewsLine } from '../corpora.ts';

/** The split rule: corpus lines whose 0-based index is divisible by 3 are `check`, the others `tune`. */
export const splitForLine = (index: number): 'tune' | 'check' => (index % 3 === 0 ? 'check' : 'tune');

export interface WikinewsSource {
  index: number;
  text: string;
  title: string;
  publishedAt: string;
}

let cache: Map<string, WikinewsSource> | null | undefined;

/** The dev corpus by URL, or null when the file is absent. */
export function wikinewsByUrl(): Map<string, WikinewsSource> | null {
  if (cache === undefined) {
    const lines = readCorpus('wikinews-dev.jsonl', wikinewsLine);
    cache = lines && new Map(lines.map((l, index) => [l.url, { index, text: l.text, title: l.title, publishedAt: l.publishedAt }]));
  }
  return cache;
}

export const WIKINEWS_CORPUS = corpusPath('wikinews-dev.jsonl');

/** Problems of one example against its corpus line (empty when the corpus is absent). */
export function checkWikinewsSource(url: string | null, body: string, split: string | null, publishedAt: string | null): string[] {
  const corpus = wikinewsByUrl();
  if (corpus === null) return [];
  const src = url === null ? undefined : corpus.get(url);
  if (!src) return [`url ${url} is not in ${WIKINEWS_CORPUS}`];
  const problems: string[] = [];
  // A file ends with a newline by convention; one more than the corpus text is not a change to the article.
  if (body !== src.text && body !== `${src.text}\n`) {
    let at = 0;
    while (at < body.length && body[at] === src.text[at]) at++;
    problems.push(`body is not the corpus text verbatim (first difference at ${at}: ${JSON.stringify(body.slice(at, at + 30))} vs ${JSON.stringify(src.text.slice(at, at + 30))})`);
  }
  if (split !== splitForLine(src.index)) problems.push(`split is ${split}, but corpus line ${src.index} is ${splitForLine(src.index)}`);
  if (publishedAt !== src.publishedAt) problems.push(`publishedAt ${publishedAt} differs from the corpus ${src.publishedAt}`);
  return problems;
}
