import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from './extractionSchema.ts';

describe('extractionSchema', () => {
  it('is identical to schema/extraction.schema.json (the TS type derives from it)', () => {
    const file = JSON.parse(readFileSync(new URL('../../../schema/extraction.schema.json', import.meta.url), 'utf8'));
    expect(JSON.parse(JSON.stringify(extractionSchema))).toEqual(file);
  });
});
