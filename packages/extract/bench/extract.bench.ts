// pnpm bench:extract [--articles N] [--batch N] [--no-ingest]
// Words per CPU-second on the Wikinews dev corpus (real articles, ../shared/corpora/wikinews-dev.jsonl), three ways
// on the same texts in the same run:
//   1. spaCy alone: en_core_web_sm's nlp.pipe in a Python process of its own (bench/spacy_alone.py), the baseline;
//   2. our spaCy worker, parse only: the same pipeline plus the JSON transport to Node, no rules;
//   3. the whole extractor (createExtractor: reader, page segmentation, parse, every rule stage).
// CPU time = this Node process (process.cpuUsage) + the Python worker (utime+stime from /proc/<pid>/stat), so
// waiting for a core on the shared machine does not count. Target: whole extractor ≥ 0.8 × spaCy alone.
// Then end-to-end articles/s of ingest on both cores over the same corpus, by `bench:ingest --corpus` (its own
// scratch Neo4j). Figures are printed, never asserted.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtractor, type ArticleInput } from '../src/index.ts';
import { ParserPool } from '../src/parse/parserPool.ts';
import { resolvePython } from '../src/parse/pythonEnv.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = resolve(process.env.NEWSGRAPH_CORPORA ?? resolve(REPO, '../shared/corpora'), 'wikinews-dev.jsonl');

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    batch: { type: 'string', default: '25' },
    'no-ingest': { type: 'boolean', default: false },
  },
});
const batchSize = Number(values.batch);
if (!(batchSize >= 1)) throw new Error('--batch must be ≥ 1');

if (!existsSync(CORPUS)) {
  console.log(
    `bench:extract skipped: the Wikinews dev corpus is not at ${CORPUS} (see the corpora README; NEWSGRAPH_CORPORA points elsewhere)`,
  );
  process.exit(0);
}
const all: ArticleInput[] = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const a = JSON.parse(l) as { title: string; publishedAt: string; url: string; source: string; text: string };
    return { text: a.text, title: a.title, publishedAt: a.publishedAt, url: a.url, source: a.source };
  });
const articles = values.articles ? all.slice(0, Number(values.articles)) : all;
const texts = articles.map((a) => a.text);
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
const chars = texts.reduce((n, t) => n + t.length, 0);

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
function procCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // 14 utime, 15 stime
}

/** This process's Python children (the spaCy workers), by scanning /proc for our pid as parent. */
function pythonChildren(): Set<number> {
  const out = new Set<number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && /python/i.test(comm)) out.add(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

const nodeCpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

interface Measure {
  nodeCpu: number;
  workerCpu: number;
  wall: number;
}

/** Runs `work` and charges it the CPU of this process and of the given worker. */
async function measure(workerPid: number, work: () => Promise<void>): Promise<Measure> {
  const n0 = nodeCpu();
  const w0 = procCpuSeconds(workerPid);
  const t0 = performance.now();
  await work();
  return { nodeCpu: nodeCpu() - n0, workerCpu: procCpuSeconds(workerPid) - w0, wall: (performance.now() - t0) / 1000 };
}

/** Creates something that spawns exactly one spaCy worker, warms it up, and finds that worker's pid. */
async function withWorkerPid<T>(create: () => T, warmUp: (made: T) => Promise<unknown>): Promise<[T, number]> {
  const before = pythonChildren();
  const made = create();
  await warmUp(made);
  const fresh = [...pythonChildren()].filter((p) => !before.has(p));
  if (fresh.length !== 1) throw new Error(`expected one new spaCy worker, found ${fresh.length}`);
  return [made, fresh[0]!];
}

const batches = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / batchSize) }, (_, i) =>
    items.slice(i * batchSize, (i + 1) * batchSize),
  );
const rate = (cpu: number) => Math.round(words / cpu).toLocaleString('en');

console.log(`corpus: ${CORPUS}`);
console.log(
  `  ${articles.length} Wikinews articles, ${words.toLocaleString('en')} words, ${(chars / 1024 / 1024).toFixed(2)} M characters; batches of ${batchSize}, one worker`,
);

// 1. spaCy alone, in its own Python process.
interface SpacyAlone {
  cpuSeconds: number;
  wallSeconds: number;
  model: string;
  spacyVersion: string;
  tokens: number;
}
const alone = await new Promise<SpacyAlone>((ok, fail) => {
  const child = spawn(resolvePython(), [fileURLToPath(new URL('./spacy_alone.py', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.on('error', fail);
  child.on('exit', (code) =>
    code === 0
      ? ok(JSON.parse(out.trim().split('\n').pop()!) as SpacyAlone)
      : fail(new Error(`spacy_alone.py exited with ${code}`)),
  );
  child.stdin.end(JSON.stringify({ texts }));
});

// 2. Our worker, parse only.
const [parser, parserPid] = await withWorkerPid(
  () => new ParserPool(1),
  (p) => p.parse(texts.slice(0, 1)),
);
const parseOnly = await measure(parserPid, async () => {
  for (const b of batches(texts)) await parser.parse(b);
});
await parser.close();

// 3. The whole extractor.
const [extractor, extractorPid] = await withWorkerPid(
  () => createExtractor({ workers: 1 }),
  (e) => e.extractMany(articles.slice(0, 1)),
);
let failed = 0;
let facts = 0;
const whole = await measure(extractorPid, async () => {
  for (const b of batches(articles)) {
    for (const o of await extractor.extractMany(b)) {
      if (!o.ok) failed++;
      else
        facts +=
          o.extraction.entities.length +
          o.extraction.events.length +
          o.extraction.statements.length +
          o.extraction.roles.length;
    }
  }
});
await extractor.close();

const parseCpu = parseOnly.nodeCpu + parseOnly.workerCpu;
const wholeCpu = whole.nodeCpu + whole.workerCpu;
const lines = [
  `spaCy alone (${alone.model}, spaCy ${alone.spacyVersion}, nlp.pipe):  ${rate(alone.cpuSeconds)} words/CPU-s (${alone.cpuSeconds.toFixed(1)} CPU-s, ${alone.wallSeconds.toFixed(1)} s wall)`,
  `spaCy worker, parse only (no rules):          ${rate(parseCpu)} words/CPU-s (${parseCpu.toFixed(1)} CPU-s: worker ${parseOnly.workerCpu.toFixed(2)} + node ${parseOnly.nodeCpu.toFixed(2)}; ${parseOnly.wall.toFixed(1)} s wall)`,
  `whole extractor (parse + rules):              ${rate(wholeCpu)} words/CPU-s (${wholeCpu.toFixed(1)} CPU-s: worker ${whole.workerCpu.toFixed(2)} + node ${whole.nodeCpu.toFixed(2)}; ${whole.wall.toFixed(1)} s wall)`,
  `  ${articles.length - failed} articles extracted (${failed} failed), ${facts} entities+events+statements+roles`,
  `ratio whole extractor / spaCy alone: ${(alone.cpuSeconds / wholeCpu).toFixed(2)}× (target ≥ 0.8); worker parse only / spaCy alone: ${(alone.cpuSeconds / parseCpu).toFixed(2)}×`,
  `  where the extractor's CPU goes: spaCy worker ${((whole.workerCpu / wholeCpu) * 100).toFixed(0)} %, Node (reader, JSON, rules) ${((whole.nodeCpu / wholeCpu) * 100).toFixed(0)} %`,
];
console.log(lines.join('\n'));

if (values['no-ingest']) process.exit(0);
// 4. End to end: ingest of the same corpus on every core, through bench:ingest's scratch Neo4j set-up.
console.log('\nend to end (pnpm bench:ingest --corpus, one spaCy worker per core, scratch Neo4j):');
const ingest = spawnSync(
  process.execPath,
  [
    ...process.execArgv,
    resolve(REPO, 'packages/ingest/bench/ingest.bench.ts'),
    '--corpus',
    CORPUS,
    ...(values.articles ? ['--articles', values.articles] : []),
  ],
  {
    cwd: REPO,
    stdio: 'inherit',
  },
);
process.exit(ingest.status ?? 1);
