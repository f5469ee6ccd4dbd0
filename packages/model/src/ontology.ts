import { z } from 'zod';
import ontologyJson from '../../../schema/ontology.json' with { type: 'json' };

import { ENTITY_KINDS, EVENT_TYPES, MODALITIES, QUAD_CLASSES, type EventType } from './vocabulary.ts';

export * from './vocabulary.ts';

// The ontology is data in schema/ontology.json; parsing it here keeps the TS types and the file in step.
const ontologySchema = z.object({
  version: z.number().int(),
  entityKinds: z.array(z.object({ kind: z.enum(ENTITY_KINDS), idPrefix: z.string(), description: z.string() })),
  modalities: z.array(z.object({ modality: z.enum(MODALITIES), description: z.string() })),
  quadClasses: z.array(z.object({ quad: z.enum(QUAD_CLASSES), label: z.string() })),
  eventTypes: z.array(
    z.object({
      type: z.enum(EVENT_TYPES),
      cameo: z.string().regex(/^\d{2}$/),
      cameoAlso: z.array(z.string()),
      quad: z.enum(QUAD_CLASSES),
      label: z.string(),
      description: z.string(),
    }),
  ),
  relationTypes: z.array(
    z.object({ type: z.string(), from: z.array(z.string()), to: z.array(z.string()), description: z.string() }),
  ),
  roleTitles: z.array(z.object({ title: z.string(), kind: z.string(), words: z.array(z.string()) })),
});

export type Ontology = z.infer<typeof ontologySchema>;
export type EventTypeInfo = Ontology['eventTypes'][number];
export type RoleTitleInfo = Ontology['roleTitles'][number];

export const ONTOLOGY: Ontology = ontologySchema.parse(ontologyJson);

// The lists above are the TS side of schema/ontology.json (literal types need them written out); z.enum refuses a
// value the code does not know, and this refuses a file that leaves one out, so the two cannot drift apart.
function checkComplete(section: string, inFile: readonly string[], inCode: readonly string[]): void {
  const missing = inCode.filter((v) => !inFile.includes(v));
  if (missing.length > 0 || new Set(inFile).size !== inFile.length) {
    throw new Error(
      `schema/ontology.json ${section} must list each of ${inCode.join(', ')} exactly once (missing: ${missing.join(', ') || 'none'})`,
    );
  }
}
checkComplete(
  'entityKinds',
  ONTOLOGY.entityKinds.map((k) => k.kind),
  ENTITY_KINDS,
);
checkComplete(
  'modalities',
  ONTOLOGY.modalities.map((m) => m.modality),
  MODALITIES,
);
checkComplete(
  'quadClasses',
  ONTOLOGY.quadClasses.map((q) => q.quad),
  QUAD_CLASSES,
);

const eventTypeIndex = new Map<EventType, EventTypeInfo>(ONTOLOGY.eventTypes.map((e) => [e.type, e]));
if (eventTypeIndex.size !== EVENT_TYPES.length)
  throw new Error('schema/ontology.json must define all 16 PLOVER event types exactly once');

export function eventTypeInfo(type: EventType): EventTypeInfo {
  const info = eventTypeIndex.get(type);
  if (!info) throw new Error(`Unknown event type ${type}`);
  return info;
}

export function isEventType(value: string): value is EventType {
  return eventTypeIndex.has(value as EventType);
}
