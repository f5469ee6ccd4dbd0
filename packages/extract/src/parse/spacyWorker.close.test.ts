import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('SpacyWorker.close', () => {
  // CI, under load: `pnpm extract` on refused front matter exited 0 — close() had unref'd a worker still loading
  // spaCy, its grace timer killed it, and Node ended before close() resolved and the CLI could set its exit code.
  it('keeps the process alive until a worker that is still starting has exited', () => {
    const script = fileURLToPath(new URL('./testing/closeSlowWorker.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
