// The shared dev corpora (../shared/corpora/ next to the repository; README there). Each line is checked with zod
// here, at the edge, so a changed file fails with the line it broke on instead of scoring garbage.
// The texts are read at run time only: PolNeAR and PLOVER may never be copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { REPO_DIR } from './runExtractorCli.ts';

export const CORPORA_DIR = process.env.NEWSGRAPH_CORPORA ?? resolve(REPO_DIR, '../shared/corpora');

export const corpusPath = (file: string): string => resolve(CORPORA_DIR, file);

const offset = z.number().int().nonnegative();

export const wikinewsLine = z.object({
  url: z.string(),
  title: z.string(),
  publishedAt: z.string(),
  source: z.string(),
  license: z.string(),
  text: z.string(),
});

export const polnearLine = z.object({
  id: z.string(),
  title: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  text: z.string(),
  quotes: z.array(
    z.object({
      start: offset,
      end: offset,
      quote_kind: z.string(),
      /** Discontinuous quotes: the pieces, the attribution between them excluded. */
      fragments: z.array(z.tuple([offset, offset])).optional(),
      speaker: z.string().nullable(),
      speaker_start: offset.nullable(),
      speaker_end: offset.nullable(),
      speaker_is_pronoun: z.boolean(),
      cue: z.string().nullable().optional(),
    }),
  ),
});
export type PolnearArticle = z.infer<typeof polnearLine>;

export const ploverLine = z.object({
  id: z.string(),
  text: z.string(),
  date: z.string().nullable().optional(),
  events: z.array(
    z.object({
      code: z.string(),
      source_actor: z.string().nullable(),
      source_code: z.string().nullable(),
      target_actor: z.string().nullable(),
      target_code: z.string().nullable(),
    }),
  ),
});
export type PloverRecord = z.infer<typeof ploverLine>;

/** Every line of a corpus file parsed with `schema`, or null when the file is absent (the set is then skipped). */
export function readCorpus<T>(file: string, schema: z.ZodType<T>): T[] | null {
  const path = corpusPath(file);
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: T[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(
        `${file} line ${i + 1}: ${parsed.error.issues
          .slice(0, 3)
          .map((x) => `${x.path.join('.')}: ${x.message}`)
          .join('; ')}`,
      );
    out.push(parsed.data);
  });
  return out;
}
