import { Ajv } from 'ajv';
import schemaJson from '../../../schema/extraction.schema.json' with { type: 'json' };
import type { Extraction } from './extractionSchema.ts';

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(schemaJson);

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

/** Checks a value against schema/extraction.schema.json (ajv), plus offset sanity the schema cannot express. */
export function validateExtraction(value: unknown): ValidationResult {
  if (!validate(value)) {
    return {
      valid: false,
      errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`),
    };
  }
  const x = value as Extraction;
  const errors: string[] = [];
  const len = x.text.length;
  const check = (where: string, s: { start: number; end: number }) => {
    if (s.start > s.end || s.end > len) errors.push(`${where} span ${s.start}-${s.end} outside text of length ${len}`);
  };
  check('/body', x.body);
  x.entities.forEach((e, i) => {
    e.mentions.forEach((m, j) => check(`/entities/${i}/mentions/${j}`, m));
    e.references.forEach((m, j) => check(`/entities/${i}/references/${j}`, m));
  });
  x.statements.forEach((s, i) => check(`/statements/${i}`, s));
  x.events.forEach((e, i) => check(`/events/${i}`, e));
  x.comments.forEach((c, i) => check(`/comments/${i}`, c));
  const ids = new Set(x.entities.map((e) => e.id));
  if (ids.size !== x.entities.length) errors.push('/entities duplicate entity id');
  const refs = [
    ...x.roles.flatMap((r) => [r.personId, ...(r.ofId ? [r.ofId] : [])]),
    ...x.statements.flatMap((s) => [...s.speakerIds, ...s.aboutIds]),
    ...x.events.flatMap((e) => [...e.sourceIds, ...e.targetIds, ...e.locationIds]),
  ];
  for (const r of refs) if (!ids.has(r)) errors.push(`dangling entity id ${r}`);
  return { valid: errors.length === 0, errors };
}

export function assertValidExtraction(value: unknown): asserts value is Extraction {
  const r = validateExtraction(value);
  if (!r.valid) throw new Error(`Invalid Extraction: ${r.errors.slice(0, 5).join('; ')}`);
}
