// pnpm bench:extract — words per second on one core over a ≥ 1 MB corpus, for our extractor and, on the
// same text in the same run, compromise's own people()/places()/organizations() pass as a reference.
// Corpus: every gold article body plus the seed article, in a fixed shuffled order (seeded LCG, no
// Math.random), repeated with a per-repetition line marker until it passes 1 MB; it is extracted article by article, as ingest does.
// Also prints a size sweep (¼, ½, 1, 2× one long article) so the time-vs-size curve can be eyeballed for linearity.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { extractArticle, readMarkdownArticle } from '../src/index.ts';
import { loadGoldExamples } from '../eval/gold/loadGoldExamples.ts';

const articles = loadGoldExamples().map((ex) => readMarkdownArticle(ex.markdown));
articles.push(readMarkdownArticle(readFileSync(new URL('../../../seed/2026-01-09-mexico-sheinbaum-anti-cartel-progress.md', import.meta.url), 'utf8')));

let state = 42;
const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
const corpus: typeof articles = [];
let bytes = 0;
while (bytes < 1024 * 1024) {
  const order = articles.map((a, i) => ({ a, k: next() + i })).sort((x, y) => x.k - y.k);
  const round = corpus.length / articles.length;
  for (const { a } of order) {
    // Each repetition gets a distinct marker on every line, so no sentence is ever seen twice (the extractor
    // caches compromise tags per sentence text; verbatim repeats would flatter it).
    const text = round === 0 ? a.text : a.text.replace(/\n/g, ` [r${round}]\n`);
    corpus.push({ ...a, text });
    bytes += Buffer.byteLength(text, 'utf8');
  }
}
const words = corpus.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);

// CPU seconds of this process: on a shared machine wall time includes waiting for a core, CPU time does not.
const cpu: number[] = [];
function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1e6);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// Warm up both so JIT and lexicon loading are not charged to either.
for (const a of articles) { extractArticle(a); nlp(a.text).people().out('array'); }

const ours = time(() => { for (const a of corpus) extractArticle(a); });
const theirs = time(() => {
  for (const a of corpus) {
    const doc = nlp(a.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
});
const mb = (bytes / 1024 / 1024).toFixed(2);
console.log(`corpus: ${corpus.length} articles (${articles.length} distinct: gold + seed, shuffled, repeated), ${mb} MB, ${words} words`);
const [oursCpu, theirsCpu] = [cpu[0]!, cpu[1]!];
console.log(`newsgraph extractArticle:            ${Math.round(words / ours).toLocaleString('en')} words/s wall (${ours.toFixed(2)} s), ${Math.round(words / oursCpu).toLocaleString('en')} words/CPU-s`);
console.log(`compromise people/places/orgs pass:  ${Math.round(words / theirs).toLocaleString('en')} words/s wall (${theirs.toFixed(2)} s), ${Math.round(words / theirsCpu).toLocaleString('en')} words/CPU-s`);
console.log(`ratio ours / compromise: ${(theirs / ours).toFixed(2)}× the speed (wall), ${(theirsCpu / oursCpu).toFixed(2)}× (CPU)`);

// Size sweep on one long article: time per word should stay roughly flat if the extractor is linear.
const unit = articles.map((a) => a.text).join('\n');
console.log('size sweep (one article, seconds per million words should stay roughly flat):');
for (const reps of [4, 8, 16, 32]) {
  const text = Array.from({ length: reps }, (_, k) => unit.replace(/\n/g, ` [s${k}]\n`)).join('\n');
  const w = text.match(/\S+/g)?.length ?? 0;
  const t = time(() => extractArticle({ text, publishedAt: '2026-01-09' }));
  const c = cpu[cpu.length - 1]!;
  console.log(`  ${(text.length / 1024 / 1024).toFixed(2)} MB, ${w} words: ${t.toFixed(2)} s wall, ${c.toFixed(2)} CPU-s, ${((c / w) * 1e6).toFixed(1)} CPU-s per million words`);
}
