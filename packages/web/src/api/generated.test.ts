// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

// Plugins by name resolve from the working directory (the repository root when tests run); load this
// package's own versions, as `pnpm --filter @newsgraph/web codegen` does.
const requireHere = createRequire(import.meta.url);
const pluginLoader = (name: string) => import(requireHere.resolve(name));

describe('generated operation types', () => {
  it('match schema/schema.graphql and src/api/operations.ts (run `pnpm --filter @newsgraph/web codegen`)', async () => {
    const outputs = (await generate({ ...config, silent: true, pluginLoader }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs).toHaveLength(1);
    const fresh = outputs[0]!;
    expect(readFileSync(fresh.filename, 'utf8')).toBe(fresh.content);
  }, 60_000);
});
