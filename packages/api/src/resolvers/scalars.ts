import { Kind, type ValueNode } from 'graphql';
import { tryParsePublishedAt } from '@newsgraph/model';
import { badInput } from '../errors.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value))
    throw badInput(`Date must be a string YYYY-MM-DD (got ${JSON.stringify(value)}).`);
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    throw badInput(`${value} is not a calendar date.`);
  return value;
}

function parseDateTime(value: unknown): string {
  // The model's strict ISO reading (luxon): Date.parse took "2026-03-010", which then failed at write.
  const read = typeof value === 'string' ? tryParsePublishedAt(value) : null;
  if (
    typeof value !== 'string' ||
    !read ||
    (read.precision !== 'day' && read.precision !== 'time') ||
    !/^\d{4}-\d{2}-\d{2}/.test(value)
  )
    throw badInput(`DateTime must be an ISO 8601 string such as 2026-01-09T08:00:00Z (got ${JSON.stringify(value)}).`);
  return value;
}

// Scalars are given as plain {serialize, parseValue, parseLiteral} objects (not GraphQLScalarType instances)
// so they work whichever copy of graphql (ESM or CommonJS build) built the schema.
const stringLiteral = (ast: ValueNode) => (ast.kind === Kind.STRING ? ast.value : undefined);

/** Dates travel as YYYY-MM-DD strings; the graph's dates already are (readers convert driver values). */
export const DateScalar = {
  serialize: (v: unknown) => String(v).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(stringLiteral(ast)),
};

/** Instants are normalised to UTC ISO strings on the way out. */
export const DateTimeScalar = {
  serialize: (v: unknown) => {
    const s = String(v);
    const ms = Date.parse(s.replace(/(\.\d{3})\d+/, '$1').replace(/\[.*\]$/, ''));
    return Number.isNaN(ms) ? s : new Date(ms).toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast: ValueNode) => parseDateTime(stringLiteral(ast)),
};
