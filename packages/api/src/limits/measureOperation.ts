import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

/** What one operation asks for, with every fragment counted where it is spread (as if inlined). */
export interface OperationMeasure {
  /** Deepest field nesting; top-level fields are at 0 (introspection fields are not counted). */
  depth: number;
  /** Field selections, fragments inlined: the size of the query the server would walk. */
  fields: number;
  /** Aliased fields, fragments inlined: each alias of a field is another resolver run. */
  aliases: number;
  /** Estimated rows and computation (see fieldWork). */
  work: number;
  /** Fields that open a Neo4j transaction: root fields and fields with arguments (one batched query each). */
  transactions: number;
}

/** Fixed cost of the fields that run graph-wide computations (on top of what they return). */
const HEAVY_FIELDS: Record<string, number> = {
  network: 200,
  export: 300,
  centrality: 300,
  path: 150,
  timeline: 50,
  dyad: 30,
  edgeEvidence: 30,
  stats: 20,
  searchEntities: 10,
  neighbors: 20,
  activity: 10,
  // Fetches the feed and its items' pages over the network, then extracts and writes the new articles.
  pollFeedNow: 300,
  feeds: 10,
};
/** Lists without a `first` argument are assumed this long (mentions of an article, actors of an event…). */
const ASSUMED_LIST_LENGTH = 5;
/** Sizes above any page cap are clamped; the page-size check refuses them at run time anyway. */
const MAX_SIZE = 10_000;
/**
 * Saturation point of every sum: a fragment spread twice per level for 60 levels must not reach Infinity
 * (Infinity × 0 is NaN, and NaN > limit is false).
 */
const SATURATED = 1e15;

const ZERO: OperationMeasure = { depth: 0, fields: 0, aliases: 0, work: 0, transactions: 0 };
const sat = (n: number) => (n > SATURATED ? SATURATED : n);

// Structural views of graphql's type objects: no instanceof, so either copy of graphql (ESM/CJS) works.
interface FieldDefLike {
  type: unknown;
  args: readonly { name: string; defaultValue?: unknown }[];
}
interface TypeLike {
  name: string;
  getFields?: () => Record<string, FieldDefLike>;
}

function namedType(type: unknown): { named: TypeLike; list: boolean } {
  let t = type as { ofType?: unknown; toString(): string };
  const list = t.toString().replace(/!$/, '').startsWith('[');
  while (t.ofType) t = t.ofType as typeof t;
  return { named: t as unknown as TypeLike, list };
}

const composite = (t: TypeLike) => typeof t.getFields === 'function' || 'getTypes' in t;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  rootTypes: Set<string>;
  /** Per fragment: its measure, or 'open' while it is being measured (a cycle; graphql's NoFragmentCycles reports it). */
  memo: Map<string, OperationMeasure | 'open'>;
}

/** A literal, variable or default argument as a plain value (only numbers and objects of numbers matter here). */
function valueOf(node: ValueNode, walk: Walk): unknown {
  switch (node.kind) {
    case 'IntValue':
    case 'FloatValue':
      return Number(node.value);
    case 'Variable':
      return walk.variables[node.name.value];
    case 'ObjectValue':
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, walk)]));
    default:
      return undefined;
  }
}

function argument(field: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, def: FieldDefLike | undefined, name: string, walk: Walk): unknown {
  const given = field.arguments?.find((a) => a.name.value === name);
  const value = given ? valueOf(given.value, walk) : undefined;
  // A value of the wrong type (first: "many") is costed as the default; execution then refuses it with a 400.
  const fallback = def?.args.find((a) => a.name === name)?.defaultValue;
  return value === undefined || value === null || typeof value !== typeof fallback && fallback !== undefined ? fallback : value;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function measureSelections(set: SelectionSetNode, parent: TypeLike | undefined, walk: Walk): OperationMeasure {
  const m = { ...ZERO };
  const add = (child: OperationMeasure, depth: number) => {
    m.depth = Math.max(m.depth, depth);
    m.fields = sat(m.fields + child.fields);
    m.aliases = sat(m.aliases + child.aliases);
    m.work = sat(m.work + child.work);
    m.transactions = sat(m.transactions + child.transactions);
  };
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      const name = sel.name.value;
      const introspection = name.startsWith('__');
      const def = introspection ? undefined : parent?.getFields?.()[name];
      const shape = def ? namedType(def.type) : undefined;
      const child = sel.selectionSet ? measureSelections(sel.selectionSet, shape?.named, walk) : ZERO;
      const own: OperationMeasure = {
        depth: 0,
        fields: sat(1 + child.fields),
        aliases: sat((sel.alias ? 1 : 0) + child.aliases),
        work: introspection ? 0 : fieldWork(name, sel, def, shape, child.work, walk),
        transactions: sat((def && (walk.rootTypes.has(parent!.name) || def.args.length > 0) ? 1 : 0) + child.transactions),
      };
      add(own, introspection || !sel.selectionSet ? 0 : 1 + child.depth);
    } else if (sel.kind === 'InlineFragment') {
      const type = sel.typeCondition ? (walk.schema.getType(sel.typeCondition.name.value) as TypeLike | undefined) : parent;
      const inner = measureSelections(sel.selectionSet, type, walk);
      add(inner, inner.depth);
    } else {
      const inner = measureFragment(sel.name.value, walk);
      add(inner, inner.depth);
    }
  }
  return m;
}

/** Each fragment is measured once, whatever the number of its spreads: linear in the document, never expanded. */
function measureFragment(name: string, walk: Walk): OperationMeasure {
  const known = walk.memo.get(name);
  if (known === 'open') return ZERO;
  if (known) return known;
  const def = walk.fragments.get(name);
  if (!def) return ZERO; // unknown fragment: graphql's KnownFragmentNames reports it
  walk.memo.set(name, 'open');
  const m = measureSelections(def.selectionSet, walk.schema.getType(def.typeCondition.name.value) as TypeLike | undefined, walk);
  walk.memo.set(name, m);
  return m;
}

/**
 * Rows and computation of one field: a fixed cost (heavy for graph-wide computations) plus size × its
 * children, where size is the `first`/`limit` asked (defaults included) for paged fields, 5 for other lists,
 * 1 otherwise. Connection wrappers (`edges`, `node`, `pageInfo`) cost nothing themselves; network sizes are
 * limit/20 (one query, not N). A scalar costs nothing unless it is a heavy computation: its value comes with the row
 * already counted (the cost follows rows and queries run, not the columns shown).
 */
function fieldWork(name: string, node: Parameters<typeof argument>[0], def: FieldDefLike | undefined, shape: { named: TypeLike; list: boolean } | undefined, childWork: number, walk: Walk): number {
  if (name === 'edges' || name === 'node' || name === 'pageInfo') return childWork;
  const heavy = HEAVY_FIELDS[name];
  if (!shape || !composite(shape.named)) return heavy ?? 0;
  const base = heavy ?? 1;
  const first = num(argument(node, def, 'first', walk));
  const input = argument(node, def, 'input', walk) as { limit?: unknown } | undefined;
  const limit = num(input && typeof input === 'object' ? input.limit : undefined);
  const size = first !== undefined ? first : limit !== undefined ? Math.ceil(limit / 20) : shape.list ? ASSUMED_LIST_LENGTH : 1;
  return sat(base + Math.min(MAX_SIZE, Math.max(1, size)) * childWork);
}

/** Measures one operation of a parsed document; variables fill `first: $n` (their defaults when absent). */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition' && !fragments.has(d.name.value)) fragments.set(d.name.value, d);
  // Null prototype: a variable named __proto__ stays a plain entry.
  const withDefaults: Record<string, unknown> = Object.create(null);
  const walk: Walk = { schema, fragments, variables: withDefaults, rootTypes: new Set(), memo: new Map() };
  for (const v of operation.variableDefinitions ?? []) {
    const given = variables && typeof variables === 'object' && Object.hasOwn(variables, v.variable.name.value) ? variables[v.variable.name.value] : undefined;
    withDefaults[v.variable.name.value] = given !== undefined ? given : v.defaultValue ? valueOf(v.defaultValue, walk) : undefined;
  }
  for (const t of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) if (t) walk.rootTypes.add(t.name);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return measureSelections(operation.selectionSet, (root ?? undefined) as TypeLike | undefined, walk);
}
