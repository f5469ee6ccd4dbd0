import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParserPool } from './parserPool.ts';
import { SpacyWorker } from './spacyWorker.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the spaCy worker', () => {
  let pool: ParserPool;
  beforeAll(() => {
    pool = new ParserPool(1);
  });
  afterAll(() => pool.close());

  it('reports the pinned model and pipeline it loaded', async () => {
    const info = await pool.info();
    expect(info.modelVersion).toBe('3.8.0');
    expect(info.spacyVersion).toMatch(/^3\.8\./);
    expect(info.pipeline).toEqual(expect.arrayContaining(['tagger', 'parser', 'lemmatizer', 'ner']));
  });

  it('gives UTF-16 offsets that index the JavaScript string, astral characters included', async () => {
    const text = 'Flags 🇲🇽🇺🇸 aside, “Mexico” said 𝒳 was fine.';
    const [doc] = await pool.parse([text]);
    const words = doc!.tokens.start.map((s, i) => text.slice(s, doc!.tokens.end[i]));
    expect(words).toContain('Mexico');
    expect(words.join('')).toBe(text.replace(/\s+/g, ''));
    expect(doc!.sents.at(-1)![1]).toBe(text.length);
  });

  it('parses a text the same alone and inside a batch (the extractor is deterministic)', async () => {
    const text = 'Senator Jane Roe of Ohio said on Monday that sanctions on Iran, Iraq and Syria would be lifted.';
    const [alone] = await pool.parse([text]);
    const batch = await pool.parse(['An unrelated first text about rain in Lisbon.', text, 'Another one.']);
    expect(batch[1]).toEqual(alone);
  });

  it(
    'cuts long texts into chunks and joins the parses with offsets and heads into the whole text',
    { timeout: 60_000 },
    async () => {
      const para = 'The minister said the talks went well.\n\n';
      const text = para.repeat(200); // 8 KB in chunks of at most 1 000 characters
      const chunked = new ParserPool(1, 1000);
      const [doc] = await chunked.parse([text]).finally(() => chunked.close());
      const t = doc!.tokens;
      const words = t.start
        .map((s, i) => (t.pos[i] === 'SPACE' ? null : text.slice(s, t.end[i])))
        .filter((w) => w !== null);
      expect(words).toEqual(
        Array.from({ length: 200 }, () => ['The', 'minister', 'said', 'the', 'talks', 'went', 'well', '.']).flat(),
      );
      // Every head stays inside its own paragraph: chunk parses were renumbered into the whole document.
      t.head.forEach((h, i) =>
        expect(text.slice(t.start[h], t.end[h]).trim() === '' || Math.abs(h - i) < 10).toBe(true),
      );
      for (const [s, e] of doc!.sents) expect(s).toBeLessThan(e);
    },
  );

  it('says clearly when Python cannot be run', async () => {
    const w = new SpacyWorker('/nonexistent/python3');
    await expect(w.parse(['x'])).rejects.toMatchObject({
      code: 'PARSER_UNAVAILABLE',
      message: expect.stringContaining('/nonexistent/python3'),
    });
    await w.close();
  });

  it('dies with its parent, even one killed with SIGKILL', async () => {
    const script = fileURLToPath(new URL('./testing/holdWorker.ts', import.meta.url));
    const parent = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = await new Promise<number>((resolve, reject) => {
      parent.stdout.setEncoding('utf8');
      parent.stdout.on('data', (d: string) => {
        const m = /worker (\d+)/.exec(d);
        if (m) resolve(Number(m[1]));
      });
      parent.on('exit', (code) => reject(new Error(`parent exited early (${code})`)));
    });
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    const deadline = Date.now() + 10_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(pid)).toBe(false);
  }, 60_000);
});
