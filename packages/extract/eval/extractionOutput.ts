// The part of the extractor's CLI output (`pnpm --silent extract --jsonl`, one `{id, ...Extraction}` per line)
// that the evaluation reads. Checked with zod at the edge instead of importing the extractor's own types, so the
// harness keeps working while the pipeline behind the CLI is rewritten; unknown keys are dropped, not refused.
import { z } from 'zod';

const span = z.object({ start: z.number().int(), end: z.number().int() });

export const extractionOutputSchema = z.object({
  id: z.string(),
  extractorVersion: z.string(),
  /** The exact string every offset indexes into (UTF-16). */
  text: z.string(),
  entities: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      name: z.string(),
      mentions: z.array(span),
      references: z.array(span).default([]),
      iso2: z.string().optional(),
    }),
  ),
  roles: z.array(z.object({ personId: z.string(), title: z.string(), ofId: z.string().nullable() })),
  statements: z.array(
    z.object({
      speakerIds: z.array(z.string()),
      speakerText: z.string().optional(),
      kind: z.enum(['direct', 'indirect']),
      verb: z.string(),
      quote: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
  events: z.array(
    z.object({
      type: z.string(),
      sourceIds: z.array(z.string()),
      targetIds: z.array(z.string()),
      date: z.object({ value: z.string() }).nullable(),
      modality: z.string().optional(),
      evidence: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
});

export type ExtractionOutput = z.infer<typeof extractionOutputSchema>;
export type OutputEntity = ExtractionOutput['entities'][number];
