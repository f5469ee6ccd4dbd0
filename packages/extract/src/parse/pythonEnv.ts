// Where the project's Python environment lives: `./newsgraph` creates it under .tools/python (never a global install).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const WORKER_SCRIPT = fileURLToPath(new URL('../../python/parse_worker.py', import.meta.url));

export class ParserUnavailableError extends Error {
  readonly code = 'PARSER_UNAVAILABLE';
}

/** The Python interpreter that has spaCy: NEWSGRAPH_PYTHON, else the project's venv. */
export function resolvePython(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSGRAPH_PYTHON) return env.NEWSGRAPH_PYTHON;
  const venv = process.platform === 'win32' ? '.tools/python/Scripts/python.exe' : '.tools/python/bin/python';
  const path = repoRoot + venv;
  if (!existsSync(path)) {
    throw new ParserUnavailableError(
      `the spaCy environment is missing (${path}). Run './newsgraph setup' (or './newsgraph start' / './newsgraph test', ` +
        'which set it up), or point NEWSGRAPH_PYTHON at a Python that has spaCy 3.8 and en_core_web_sm 3.8.',
    );
  }
  return path;
}
