// Mirror of schema/extraction.schema.json as a const so json-schema-to-ts can derive the Extraction type.
// extractionSchema.test.ts fails if the two drift apart; edit the JSON file first, then paste it here.
// The vocabularies (entity kinds, event types, modalities, quad classes, statement kinds, date precisions) are not
// spelled here: they come from @newsgraph/model, their one home (checked there against schema/ontology.json).
import {
  DATE_PRECISIONS,
  ENTITY_KINDS,
  EVENT_TYPES,
  MODALITIES,
  QUAD_CLASSES,
  STATEMENT_KINDS,
} from '@newsgraph/model';
import type { FromSchema } from 'json-schema-to-ts';

export const extractionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'newsgraph/extraction.schema.json',
  title: 'Extraction',
  description:
    'Output of @newsgraph/extract for one article. Every start/end is a UTF-16 offset into `text` (end exclusive).',
  type: 'object',
  additionalProperties: false,
  required: [
    'extractorVersion',
    'text',
    'title',
    'publishedAt',
    'body',
    'chrome',
    'entities',
    'roles',
    'statements',
    'events',
    'comments',
  ],
  properties: {
    id: { type: 'string', description: "Caller's article id (set by the JSONL CLI)." },
    extractorVersion: { type: 'string' },
    text: { type: 'string', description: 'The exact string every offset indexes into.' },
    title: { type: ['string', 'null'] },
    publishedAt: {
      type: ['string', 'null'],
      description: 'The anchor used for relative dates (ISO date or datetime), or null.',
    },
    body: {
      $ref: '#/definitions/span',
      description: 'The article body (without leading page chrome and reader comments).',
    },
    chrome: {
      type: 'array',
      description:
        'Page chrome inside `text` that is never used for facts ("Listen to the article", fact-check widgets, comment headers).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['start', 'end', 'reason'],
        properties: {
          start: { type: 'integer', minimum: 0 },
          end: { type: 'integer', minimum: 0 },
          reason: { type: 'string' },
        },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'name', 'aliases', 'mentions', 'references'],
        properties: {
          id: { type: 'string', pattern: '^(person|country|organization|location|group):[A-Za-z0-9-]+$' },
          kind: { $ref: '#/definitions/entityKind' },
          name: { type: 'string', minLength: 1 },
          aliases: { type: 'array', items: { type: 'string' } },
          mentions: {
            type: 'array',
            items: { $ref: '#/definitions/span' },
            description: 'Spans where the entity is named (full or short name, alias, abbreviation, demonym).',
          },
          references: {
            type: 'array',
            items: { $ref: '#/definitions/span' },
            description: 'Pronouns and descriptions that refer to it ("she", "the Mexican president").',
          },
          iso2: { type: 'string', pattern: '^[A-Z]{2}$' },
        },
      },
    },
    roles: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['personId', 'title', 'ofId', 'start', 'end'],
        properties: {
          personId: { type: 'string' },
          title: { type: 'string', minLength: 1 },
          ofId: {
            type: ['string', 'null'],
            description: 'Country or organisation the title belongs to, or null when the text does not say.',
          },
          start: { type: 'integer', minimum: 0 },
          end: { type: 'integer', minimum: 0 },
          former: { type: 'boolean', description: 'True for "former", "removed", "ousted", "late" titles.' },
        },
      },
    },
    statements: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'speakerIds',
          'speakerText',
          'kind',
          'verb',
          'quote',
          'start',
          'end',
          'sentence',
          'date',
          'aboutIds',
        ],
        properties: {
          id: { type: 'string' },
          speakerIds: { type: 'array', minItems: 1, items: { type: 'string' } },
          speakerText: { type: 'string', description: 'The speaker as written ("she", "The officials").' },
          kind: { enum: STATEMENT_KINDS },
          verb: { type: 'string' },
          quote: { type: 'string', description: "The statement's words (for direct: inside the quotation marks)." },
          start: { type: 'integer', minimum: 0 },
          end: { type: 'integer', minimum: 0 },
          sentence: { $ref: '#/definitions/span' },
          date: { $ref: '#/definitions/dateOrNull' },
          aboutIds: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'type',
          'cameo',
          'label',
          'sourceIds',
          'targetIds',
          'locationIds',
          'date',
          'modality',
          'quad',
          'start',
          'end',
          'sentence',
          'confidence',
          'evidence',
        ],
        properties: {
          id: { type: 'string' },
          type: { enum: EVENT_TYPES },
          cameo: { type: 'string', pattern: '^[0-9]{2}$' },
          label: { type: 'string' },
          sourceIds: { type: 'array', items: { type: 'string' } },
          targetIds: { type: 'array', items: { type: 'string' } },
          locationIds: { type: 'array', items: { type: 'string' } },
          date: { $ref: '#/definitions/dateOrNull' },
          modality: { enum: MODALITIES },
          quad: { enum: QUAD_CLASSES },
          start: { type: 'integer', minimum: 0 },
          end: { type: 'integer', minimum: 0 },
          sentence: { $ref: '#/definitions/span' },
          confidence: { type: 'number', minimum: 0, maximum: 1 },
          evidence: { type: 'string', description: 'The trigger words as written (text.slice(start, end)).' },
        },
      },
    },
    comments: {
      type: 'array',
      items: { $ref: '#/definitions/span' },
      description: 'Reader comments after the article body, one span each.',
    },
  },
  definitions: {
    span: {
      type: 'object',
      additionalProperties: false,
      required: ['start', 'end'],
      properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
    },
    entityKind: { enum: ENTITY_KINDS },
    dateOrNull: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'precision', 'text'],
          properties: {
            value: {
              type: 'string',
              pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
              description:
                'YYYY-MM-DD for day and week precision (week: its first day), YYYY-MM for month, YYYY for year.',
            },
            precision: { enum: DATE_PRECISIONS },
            text: { type: 'string', description: 'The original words ("Thursday night", "on Monday").' },
          },
        },
      ],
    },
  },
} as const;

export type Extraction = FromSchema<typeof extractionSchema>;
export type ExtractionEntity = Extraction['entities'][number];
export type ExtractionRole = Extraction['roles'][number];
export type ExtractionStatement = Extraction['statements'][number];
export type ExtractionEvent = Extraction['events'][number];
export type Span = { start: number; end: number };
