import { Kind, OperationTypeNode, visit } from 'graphql';
import type {
  ConstDirectiveNode,
  DocumentNode,
  FieldNode,
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

/**
 * Selections walked by every measure in this process, ever. Linear means each selection of a document is walked once
 * (once per sizing inside a fragment): tests compare this count with the document's size to prove the fragment-spread
 * memo holds — a count, not a stopwatch, so a broken memo shows as a large number on a small bomb instead of a pinned
 * core on a big one.
 */
export const measureCounters = { selectionsWalked: 0 };

/** Fields, fragment spreads and inline fragments as written: the most a measure without sizing walks (each once). */
export function selectionsIn(document: DocumentNode): number {
  let n = 0;
  const count = () => void (n += 1);
  visit(document, { Field: count, FragmentSpread: count, InlineFragment: count });
  return n;
}
const sat = (n: number) => (n > SATURATED ? SATURATED : n);

// Structural views of graphql's type objects: no instanceof, so either copy of graphql (ESM/CJS) works.
interface FieldDefLike {
  type: unknown;
  args: readonly { name: string; defaultValue?: unknown }[];
  astNode?: { directives?: readonly ConstDirectiveNode[] } | null;
}

/** A field's `@cost` in the schema (schema/schema.graphql declares the directive and prices the fields with it). */
interface FieldCost {
  /** Null when the field has no `@cost`. */
  complexity: number | null;
  /** Child lists sized by this field's `first` (the field itself is one object). */
  sizedFields: ReadonlySet<string> | null;
}

const NO_COST: FieldCost = { complexity: null, sizedFields: null };
const costs = new WeakMap<FieldDefLike, FieldCost>();

/** Reads `@cost(complexity, sizedFields)` from the field's definition in the SDL, once per field. */
function costOf(def: FieldDefLike | undefined): FieldCost {
  if (!def) return NO_COST;
  let known = costs.get(def);
  if (!known) {
    const directive = def.astNode?.directives?.find((d) => d.name.value === 'cost');
    const arg = (name: string) => directive?.arguments?.find((a) => a.name.value === name)?.value;
    const complexity = arg('complexity');
    const sized = arg('sizedFields');
    known = {
      complexity: complexity?.kind === Kind.INT ? Number(complexity.value) : directive ? 1 : null,
      sizedFields:
        sized?.kind === Kind.LIST
          ? new Set(sized.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])))
          : null,
    };
    costs.set(def, known);
  }
  return known;
}

/** Set while measuring the object of a field with `sizedFields`: those child lists hold `size` rows each. */
interface Sizing {
  fields: ReadonlySet<string>;
  size: number;
}
interface TypeLike {
  name: string;
  getFields?: () => Record<string, FieldDefLike>;
}

function namedType(type: unknown): { named: TypeLike; list: boolean } {
  let t = type as { ofType?: unknown; toString(): string };
  const list = t.toString().replace(/!$/, '').startsWith('[');
  while (t.ofType) t = t.ofType;
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
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.VARIABLE:
      return walk.variables[node.name.value];
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, walk)]));
    default:
      return undefined;
  }
}

function argument(
  field: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
  def: FieldDefLike | undefined,
  name: string,
  walk: Walk,
): unknown {
  const given = field.arguments?.find((a) => a.name.value === name);
  const value = given ? valueOf(given.value, walk) : undefined;
  // A value of the wrong type (first: "many") is costed as the default; execution then refuses it with a 400.
  const fallback = def?.args.find((a) => a.name === name)?.defaultValue;
  return value === undefined || value === null || (typeof value !== typeof fallback && fallback !== undefined)
    ? fallback
    : value;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function measureSelections(
  set: SelectionSetNode,
  parent: TypeLike | undefined,
  walk: Walk,
  sizing?: Sizing,
): OperationMeasure {
  const m = { ...ZERO };
  const add = (child: OperationMeasure, depth: number) => {
    m.depth = Math.max(m.depth, depth);
    m.fields = sat(m.fields + child.fields);
    m.aliases = sat(m.aliases + child.aliases);
    m.work = sat(m.work + child.work);
    m.transactions = sat(m.transactions + child.transactions);
  };
  for (const sel of set.selections) {
    measureCounters.selectionsWalked += 1;
    if (sel.kind === Kind.FIELD) {
      const own = measureField(sel, parent, walk, sizing);
      add(own, own.depth);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition
        ? (walk.schema.getType(sel.typeCondition.name.value) as TypeLike | undefined)
        : parent;
      const inner = measureSelections(sel.selectionSet, type, walk, sizing);
      add(inner, inner.depth);
    } else {
      const inner = measureFragment(sel.name.value, walk, sizing);
      add(inner, inner.depth);
    }
  }
  return m;
}

/** One field and what it selects (its own function: a fragment chain recurses through measureSelections, whose frame stays small). */
function measureField(
  sel: FieldNode,
  parent: TypeLike | undefined,
  walk: Walk,
  sizing: Sizing | undefined,
): OperationMeasure {
  const name = sel.name.value;
  const introspection = name.startsWith('__');
  const def = introspection ? undefined : parent?.getFields?.()[name];
  const shape = def ? namedType(def.type) : undefined;
  const cost = costOf(def);
  // A field that sizes its object's lists: each of them holds up to its `first` rows.
  const sizes = cost.sizedFields
    ? { fields: cost.sizedFields, size: clampSize(num(argument(sel, def, 'first', walk)) ?? 1) }
    : undefined;
  const child = sel.selectionSet ? measureSelections(sel.selectionSet, shape?.named, walk, sizes) : ZERO;
  const sizedBy = sizing?.fields.has(name) ? sizing.size : undefined;
  return {
    depth: introspection || !sel.selectionSet ? 0 : 1 + child.depth,
    fields: sat(1 + child.fields),
    aliases: sat((sel.alias ? 1 : 0) + child.aliases),
    work: introspection ? 0 : fieldWork(name, sel, def, shape, cost, child.work, sizedBy, walk),
    transactions: sat((def && (walk.rootTypes.has(parent!.name) || def.args.length > 0) ? 1 : 0) + child.transactions),
  };
}

/** Each fragment is measured once per sizing, whatever the number of its spreads: linear in the document, never expanded. */
function measureFragment(name: string, walk: Walk, sizing: Sizing | undefined): OperationMeasure {
  const key = sizing ? `${name}|${[...sizing.fields].join(',')}|${sizing.size}` : name;
  const known = walk.memo.get(key);
  if (known === 'open') return ZERO;
  if (known) return known;
  const def = walk.fragments.get(name);
  if (!def) return ZERO; // unknown fragment: graphql's KnownFragmentNames reports it
  walk.memo.set(key, 'open');
  const m = measureSelections(
    def.selectionSet,
    walk.schema.getType(def.typeCondition.name.value) as TypeLike | undefined,
    walk,
    sizing,
  );
  walk.memo.set(key, m);
  return m;
}

const clampSize = (n: number) => Math.min(MAX_SIZE, Math.max(1, n));

/**
 * Rows and computation of one field: its `@cost` complexity (1 for an object without one) plus size × its children,
 * where size is the `first`/`limit` asked (defaults included) for paged fields, the parent's `first` for a list the
 * parent sizes (`sizedFields`), 5 for other lists, 1 otherwise. Connection wrappers (`edges`, `node`, `pageInfo`)
 * cost nothing themselves; network sizes are limit/20 (one query, not N). A scalar costs nothing unless it has a
 * complexity of its own: its value comes with the row already counted (the cost follows rows and queries run, not
 * the columns shown).
 */
function fieldWork(
  name: string,
  node: Parameters<typeof argument>[0],
  def: FieldDefLike | undefined,
  shape: { named: TypeLike; list: boolean } | undefined,
  cost: FieldCost,
  childWork: number,
  sizedBy: number | undefined,
  walk: Walk,
): number {
  if (name === 'edges' || name === 'node' || name === 'pageInfo') return childWork;
  if (!shape || !composite(shape.named)) return cost.complexity ?? 0;
  const base = cost.complexity ?? 1;
  if (cost.sizedFields) return sat(base + childWork);
  const first = num(argument(node, def, 'first', walk));
  const input = argument(node, def, 'input', walk) as { limit?: unknown } | undefined;
  const limit = num(input && typeof input === 'object' ? input.limit : undefined);
  const size =
    first !== undefined
      ? first
      : limit !== undefined
        ? Math.ceil(limit / 20)
        : sizedBy !== undefined
          ? sizedBy
          : shape.list
            ? ASSUMED_LIST_LENGTH
            : 1;
  return sat(base + clampSize(size) * childWork);
}

/** Measures one operation of a parsed document; variables fill `first: $n` (their defaults when absent). */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(d.name.value)) fragments.set(d.name.value, d);
  // Null prototype: a variable named __proto__ stays a plain entry.
  const withDefaults = Object.create(null) as Record<string, unknown>;
  const walk: Walk = { schema, fragments, variables: withDefaults, rootTypes: new Set(), memo: new Map() };
  // The variables as the request sent them: JSON `null` gets past the type, so checked here.
  const sent: unknown = variables;
  for (const v of operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    const given =
      typeof sent === 'object' && sent !== null && Object.hasOwn(sent, name)
        ? (sent as Record<string, unknown>)[name]
        : undefined;
    withDefaults[v.variable.name.value] =
      given !== undefined ? given : v.defaultValue ? valueOf(v.defaultValue, walk) : undefined;
  }
  for (const t of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()])
    if (t) walk.rootTypes.add(t.name);
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return measureSelections(operation.selectionSet, (root ?? undefined) as TypeLike | undefined, walk);
}
