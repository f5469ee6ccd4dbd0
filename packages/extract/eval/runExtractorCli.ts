// Runs the extractor the way the held-out sets are scored: `pnpm --silent extract --jsonl` spawned once per dev
// set with every record on stdin, its output streamed back line by line. Nothing here imports the pipeline, so the
// harness measures any extractor that keeps that command line contract (see CONTEXT.md, "Eval").
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { extractionOutputSchema, type ExtractionOutput } from './extractionOutput.ts';

/** One input line of the CLI (the ingest JSONL format plus an id). */
export interface ArticleRecord {
  id: string;
  text: string;
  title?: string;
  publishedAt?: string;
  url?: string;
  source?: string;
}

export interface CliRun {
  outputs: Map<string, ExtractionOutput>;
  /** Records the CLI refused or whose output line did not parse: `id: reason`. */
  failures: string[];
  extractorVersion: string | null;
  exitCode: number | null;
  seconds: number;
}

export interface CliOptions {
  /** Repository whose `extract` script runs (default: this one); another checkout measures another version. */
  repoDir?: string;
  onProgress?: (done: number, total: number) => void;
}

export const REPO_DIR = resolve(import.meta.dirname, '../../..');

/** pnpm as the caller ran it (npm_execpath under `pnpm …`), else the one on PATH or under .tools/. */
function pnpmCommand(repoDir: string): { cmd: string; args: string[] } {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm/i.test(exec) && existsSync(exec)) {
    return /\.[cm]?js$/.test(exec) ? { cmd: process.execPath, args: [exec] } : { cmd: exec, args: [] };
  }
  const local = join(repoDir, '.tools/node_modules/.bin/pnpm');
  return { cmd: existsSync(local) ? local : 'pnpm', args: [] };
}

export async function runExtractorCli(records: ArticleRecord[], options: CliOptions = {}): Promise<CliRun> {
  const repoDir = options.repoDir ?? REPO_DIR;
  const started = Date.now();
  const { cmd, args } = pnpmCommand(repoDir);
  const child = spawn(cmd, [...args, '--silent', 'extract', '--jsonl'], {
    cwd: repoDir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const failures: string[] = [];
  const outputs = new Map<string, ExtractionOutput>();
  let extractorVersion: string | null = null;
  let stderr = '';

  const exited = new Promise<number | null>((done, fail) => {
    child.on('error', (err) =>
      fail(new Error(`could not start "${cmd} extract --jsonl" in ${repoDir}: ${err.message}`)),
    );
    child.on('close', (code) => done(code));
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  // The child may die before reading everything; that shows up as missing outputs, not as an EPIPE crash here.
  child.stdin.on('error', () => {});
  Readable.from(records.map((r) => `${JSON.stringify(r)}\n`)).pipe(child.stdin);

  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      failures.push(`output line is not JSON: ${line.slice(0, 120)}`);
      continue;
    }
    const parsed = extractionOutputSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      failures.push(
        `${String(id)}: output does not have the Extraction shape: ${parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`,
      );
      continue;
    }
    outputs.set(parsed.data.id, parsed.data);
    extractorVersion ??= parsed.data.extractorVersion;
    options.onProgress?.(outputs.size, records.length);
  }
  const exitCode = await exited;

  // The CLI reports refused input as `line N: reason` on stderr (N counts input lines from 1).
  for (const m of stderr.matchAll(/^line (\d+): (.*)$/gm)) {
    const rec = records[Number(m[1]) - 1];
    failures.push(`${rec?.id ?? `line ${m[1]}`}: ${m[2]}`);
  }
  const missing = records.filter((r) => !outputs.has(r.id)).length;
  if (missing > 0 && failures.length === 0) {
    failures.push(
      `${missing} of ${records.length} records have no output (exit ${exitCode}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`,
    );
  }
  return { outputs, failures, extractorVersion, exitCode, seconds: (Date.now() - started) / 1000 };
}
