// The spaCy worker's reply, validated at the edge (zod), and the read-only view every rule works on.
import { z } from 'zod';

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const parsedDocSchema = z.object({
  sents: z.array(span),
  tokens: z.object({
    start: z.array(z.number().int()),
    end: z.array(z.number().int()),
    lemma: z.array(z.string()),
    pos: z.array(z.string()),
    tag: z.array(z.string()),
    dep: z.array(z.string()),
    head: z.array(z.number().int()),
    ws: z.array(z.number().int()),
  }),
  ents: z.array(z.tuple([z.number().int(), z.number().int(), z.string()])),
});

/** One document as the worker returns it: columnar tokens, offsets in UTF-16 code units of the text sent. */
export type ParsedDocData = z.infer<typeof parsedDocSchema>;

export const workerReadySchema = z.object({
  ready: z.boolean(),
  error: z.string().optional(),
  model: z.string().optional(),
  modelName: z.string().optional(),
  modelVersion: z.string().optional(),
  spacyVersion: z.string().optional(),
  pipeline: z.array(z.string()).optional(),
});
export type WorkerInfo = z.infer<typeof workerReadySchema>;

export const workerReplySchema = z.object({
  id: z.number().int().nullable(),
  docs: z.array(parsedDocSchema).optional(),
  error: z.string().optional(),
});

/** Shifts every offset of a parse of `text.slice(offset)` so it indexes the whole text, and renumbers heads. */
export function shiftParsedDoc(doc: ParsedDocData, offset: number, tokenBase: number): ParsedDocData {
  const add = (x: number) => x + offset;
  const t = doc.tokens;
  return {
    sents: doc.sents.map(([s, e]) => [s + offset, e + offset]),
    tokens: { ...t, start: t.start.map(add), end: t.end.map(add), head: t.head.map((h) => h + tokenBase) },
    ents: doc.ents.map(([s, e, l]) => [s + offset, e + offset, l]),
  };
}

/** Joins parses of consecutive chunks (already shifted) into one document. */
export function concatParsedDocs(docs: ParsedDocData[]): ParsedDocData {
  const out: ParsedDocData = {
    sents: [],
    tokens: { start: [], end: [], lemma: [], pos: [], tag: [], dep: [], head: [], ws: [] },
    ents: [],
  };
  for (const d of docs) {
    out.sents.push(...d.sents);
    out.ents.push(...d.ents);
    for (const k of Object.keys(out.tokens) as (keyof ParsedDocData['tokens'])[]) {
      (out.tokens[k] as unknown[]).push(...(d.tokens[k] as unknown[]));
    }
  }
  return out;
}
