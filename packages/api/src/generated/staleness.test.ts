import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

describe('generated resolver types', () => {
  it('match schema/schema.graphql (run `pnpm codegen` after changing the schema)', async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs).toHaveLength(1);
    const fresh = outputs[0]!;
    expect(readFileSync(fresh.filename, 'utf8')).toBe(fresh.content);
  }, 60_000);
});
