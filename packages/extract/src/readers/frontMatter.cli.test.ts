import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `pnpm extract` is `tsx packages/extract/src/cli/extract.ts`: the same command, spawned as a user would run it.
const root = fileURLToPath(new URL('../../../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'ng-extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pnpm extract with executable front matter', () => {
  it.each(['js', 'javascript', 'coffee'])('refuses ---%s with a clear error and runs none of it', (language) => {
    const sentinel = join(dir, `ran-${language}`);
    const file = join(dir, `evil-${language}.md`);
    writeFileSync(
      file,
      `---${language}\n(process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(sentinel)}, 'ran'), { title: 'x' })\n---\nThe minister said on Monday that talks would resume.\n`,
    );
    const run = spawnSync(tsx, ['packages/extract/src/cli/extract.ts', file], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`front matter marked "---${language}" is refused: only YAML`));
    expect(run.stdout).toBe('');
    expect(existsSync(sentinel)).toBe(false);
  });
});
