import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/web itself: what `vite build` reads and where it writes dist/. */
export const WEB_ROOT = fileURLToPath(new URL('.', import.meta.url));

// What the build reads: a change to any of these makes dist stale.
const BUILD_INPUTS = ['src', 'public', 'index.html', 'graphiql.html', 'vite.config.ts'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when dist/ is missing or older than any build input (a pull or an edit since the last build). */
export function webDistIsStale(distDir = join(WEB_ROOT, 'dist')): boolean {
  const built = newestMtime(join(distDir, 'index.html'));
  return built <= Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(WEB_ROOT, input))));
}
