import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `pnpm ingest` is `tsx packages/ingest/src/cli/ingest.ts`; --dry-run opens no database, so this needs none.
const root = fileURLToPath(new URL('../../../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'ng-ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pnpm ingest --dry-run with executable front matter', () => {
  it('reports each ---js / ---javascript file as BAD_FRONT_MATTER and runs none of it', () => {
    const sentinels: string[] = [];
    for (const language of ['js', 'javascript']) {
      const sentinel = join(dir, `ran-${language}`);
      sentinels.push(sentinel);
      writeFileSync(
        join(dir, `evil-${language}.md`),
        `---${language}\n(process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(sentinel)}, 'ran'), { title: 'x' })\n---\nThe minister said on Monday that talks would resume.\n`,
      );
    }
    const run = spawnSync(tsx, ['packages/ingest/src/cli/ingest.ts', '--dry-run', '--workers', '0', dir], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    for (const language of ['js', 'javascript']) {
      expect(run.stderr).toMatch(
        new RegExp(`error BAD_FRONT_MATTER: .*evil-${language}\\.md: front matter marked "---${language}" is refused`),
      );
    }
    for (const sentinel of sentinels) expect(existsSync(sentinel)).toBe(false);
  });
});
