// Events from the parse: every token that triggers an EVENT_PATTERNS entry, its parties read along the pattern's
// dependency paths, its modality, date and place from its clause. An event needs a named source and target; an
// act told only as the complement of another trigger ("urged X to withdraw", "threatened to strike") is that
// trigger's event, not one of its own.
import { eventTypeInfo } from '@newsgraph/model';
import type { ArticleContext } from '../article/articleContext.ts';
import type { ExtractionEvent } from '../extractionSchema.ts';
import { clauseDate, eventLocations } from './eventClause.ts';
import { EventArguments, type Party } from './eventArguments.ts';
import { modalityOf, readsAsThreat } from './eventModality.ts';
import { ACT_REFERENCES, type RolePath } from './eventPatterns.ts';
import { matchTrigger, pathTokens, type TriggerMatch } from './matchEventPatterns.ts';
import type { Sentence } from '../doc/parsedText.ts';
import type { DateHit } from '../dates/resolveDates.ts';
import { REPORTING_VERBS } from '../statements/patterns.ts';

/** Types whose future or conditional telling is a threat ("could strike", "will blockade … unless"). */
const FORCEFUL = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
/** Acts that, announced "unless" the other side complies, are threats ("will withdraw its force unless …"). */
const CONFLICTUAL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'RETREAT', 'REJECT', 'PROTEST', 'MOBILIZE']);

function hasCondition(ctx: ArticleContext, v: number, mark: string): boolean {
  const { doc } = ctx;
  return doc.childrenWith(v, 'advcl').some((c) => doc.childrenWith(c, 'mark').some((k) => doc.lower(k) === mark));
}
/** Dependency steps from a complement up to the verb it completes. */
const COMPLEMENT_STEPS = new Set(['xcomp', 'ccomp', 'pcomp']);
const CHAIN_STEPS = new Set(['xcomp', 'ccomp', 'pcomp', 'conj', 'prep', 'advcl', 'acl']);

export function findEvents(ctx: ArticleContext): ExtractionEvent[] {
  const { doc } = ctx;
  const args = new EventArguments(ctx);
  const occasions = speakingOccasions(ctx, args);
  const found: (ExtractionEvent & { key: string })[] = [];
  for (const sent of doc.sents) {
    if (!sent.usable || sent.start < ctx.body.start || sent.end > ctx.body.end) continue;
    for (const event of eventsOfSentence(ctx, args, sent, occasions, found)) {
      const key = `${sent.index}|${event.type}|${event.sourceIds.join(',')}|${event.targetIds.join(',')}`;
      if (found.some((f) => f.key === key)) continue;
      found.push({ ...event, key });
    }
  }
  // Two sentences telling the same happening make one event, the one that carries the date (gold convention).
  const same = (a: ExtractionEvent, b: ExtractionEvent) =>
    a.type === b.type &&
    a.modality === b.modality &&
    a.sourceIds.join() === b.sourceIds.join() &&
    a.targetIds.join() === b.targetIds.join();
  // Undated, the later telling of the same act by the same parties is the earlier one told again ("after Trump had a
  // phone conversation with Erdoğan" … "after Trump spoke with Erdoğan"), not a second happening.
  const kept = found.filter((e, k) => e.date || !found.some((o, j) => o !== e && (o.date || j < k) && same(o, e)));
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept.map(({ key: _key, ...e }, k) => ({ ...e, id: `e${k + 1}` }));
}

/** A dated telling by a person ("Sheinbaum announced Friday that …"): the occasion later acts of theirs belong to. */
interface Occasion {
  token: number;
  entity: string;
  date: DateHit;
}

/** Verbal acts done by saying them, dated by the telling when they carry no time of their own. */
const SAID_ACTS = new Set(['REQUEST', 'ACCUSE', 'SUPPORT', 'REJECT', 'THREATEN']);

/** Every reporting verb with a named person as its subject and a date in its own clause, in text order. */
function speakingOccasions(ctx: ArticleContext, args: EventArguments): Occasion[] {
  const { doc } = ctx;
  const out: Occasion[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (
      doc.pos[i] !== 'VERB' ||
      !REPORTING_VERBS.has(doc.lemma[i]!.toLowerCase()) ||
      !doc.sentenceOf(i).usable ||
      insideQuote(ctx, doc.start[i]!)
    )
      continue;
    const date = clauseDate(ctx, i);
    if (!date || date.date.precision !== 'day') continue;
    for (const p of args.actors(args.subjectOf(i)))
      if (p.entity.kind === 'Person') out.push({ token: i, entity: p.entity.id, date });
  }
  return out;
}

/**
 * A verbal act told in the simple past with no time of its own, by a person whose earlier telling was dated, was
 * made on that occasion ("Sheinbaum announced Friday … She urged U.S. authorities …").
 */
function occasionDate(ctx: ArticleContext, m: TriggerMatch, sources: Party[], occasions: Occasion[]): DateHit | null {
  const { doc } = ctx;
  if (doc.tag[m.clause] !== 'VBD' || insideQuote(ctx, doc.start[m.trigger]!)) return null;
  let best: Occasion | null = null;
  for (const o of occasions) if (o.token < m.trigger && sources.some((s) => s.entity.id === o.entity)) best = o;
  return best ? best.date : null;
}

/**
 * Verbs first, so a light verb claims its object noun ("imposed sanctions") before the noun reads as its own event;
 * per token the first pattern whose parties resolve wins.
 */
function eventsOfSentence(
  ctx: ArticleContext,
  args: EventArguments,
  sent: Sentence,
  occasions: Occasion[],
  before: readonly ExtractionEvent[],
): ExtractionEvent[] {
  const { doc } = ctx;
  const perToken = new Map<number, TriggerMatch[]>();
  for (let i = sent.first; i <= sent.last; i++) {
    const ms = matchTrigger(doc, args, i, new Set());
    if (ms.length) perToken.set(i, ms);
  }
  const triggers = new Set([...perToken.values()].flat().flatMap((m) => [m.trigger, m.clause]));
  const consumed = new Set<number>();
  const out: ExtractionEvent[] = [];
  for (const wantVerb of [true, false]) {
    for (const [i, ms] of perToken) {
      if ((doc.pos[i] === 'VERB') !== wantVerb || consumed.has(i)) continue;
      for (const m of ms) {
        if (governedByTrigger(ctx, m, triggers)) break;
        if (offersAnAct(ctx, m, triggers)) break;
        const event = buildEvent(ctx, args, m, sent, occasions, [...before, ...out]);
        if (!event) continue;
        out.push(event);
        if (m.object >= 0) consumed.add(m.object);
        break;
      }
    }
  }
  return out;
}

/** Verbs that announce an act of one's own: the act they govern is the event, told as planned. */
const OFFERS = new Set(['offer', 'promise', 'pledge', 'vow']);

/** "offered to fund drones for Ghana": the offer is the funding (AID, planned), not an agreement. */
function offersAnAct(ctx: ArticleContext, m: TriggerMatch, triggers: Set<number>): boolean {
  const { doc } = ctx;
  return (
    m.pattern.type === 'AGREE' &&
    m.pattern.pos === 'verb' &&
    OFFERS.has(doc.lemma[m.trigger]!.toLowerCase()) &&
    doc.childrenWith(m.trigger, 'xcomp').some((c) => triggers.has(c))
  );
}

/** True when the event's clause completes another trigger ("urged X to withdraw": the withdrawal is only asked for). */
function governedByTrigger(ctx: ArticleContext, m: TriggerMatch, triggers: Set<number>): boolean {
  const { doc } = ctx;
  let x = m.clause;
  let throughComplement = false;
  for (let steps = 0; steps < 8; steps++) {
    const h = doc.head[x]!;
    const dep = doc.dep[x]!;
    if (h === x || !CHAIN_STEPS.has(dep)) return false;
    // A noun's that-clause ("the warning that forces will strike") is its content, like a verb's complement.
    const contentClause = dep === 'acl' && doc.childrenWith(x, 'mark').some((k) => doc.lower(k) === 'that');
    if (COMPLEMENT_STEPS.has(dep) || contentClause) throughComplement = true;
    // An offered act stands as its own (planned) event; the offer is not one.
    if (throughComplement && triggers.has(h) && h !== m.trigger) return !OFFERS.has(doc.lemma[h]!.toLowerCase());
    x = h;
  }
  return false;
}

/** A place never acts; and one travelled to or spoken to ("travelled to New York") is where, not whom. */
const PERSON_TARGETS = new Set(['CONSULT', 'REQUEST', 'ACCUSE']);

function partiesAlong(
  ctx: ArticleContext,
  args: EventArguments,
  m: TriggerMatch,
  paths: readonly RolePath[],
  exclude: Party[],
  role: 'source' | 'target',
): Party[] {
  // A place never acts (a capital acting for its state is already that state).
  const placeOk = role === 'target' && !PERSON_TARGETS.has(m.pattern.type);
  for (const path of paths) {
    const parties = args
      .actors(pathTokens(ctx.doc, args, m, path))
      .filter((p) => !exclude.some((x) => x.entity === p.entity) && (placeOk || p.entity.kind !== 'Location'));
    if (parties.length) return parties;
  }
  return [];
}

/** "accused each other", "met one another": the target is the other members of the source pair. */
function reciprocal(ctx: ArticleContext, args: EventArguments, m: TriggerMatch): boolean {
  const { doc } = ctx;
  return m.pattern.targets.some((path) =>
    pathTokens(doc, args, m, path).some(
      (t) =>
        (doc.lower(t) === 'other' && doc.childrenWith(t, 'det').some((d) => doc.lower(d) === 'each')) ||
        (doc.lower(t) === 'another' && doc.children(t).some((d) => doc.lower(d) === 'one')),
    ),
  );
}

/** How many sentences back "the move", "the deal" may point when no earlier act was told with the same noun. */
const REFERENCE_REACH = 3;

/**
 * "Belarus rejected the sanctions", "Sudan welcomed the deal": a definite act noun as the object names an act reported
 * shortly before; its author (for a deal, every party to it) is the target.
 */
function referredAuthors(
  ctx: ArticleContext,
  args: EventArguments,
  m: TriggerMatch,
  sources: Party[],
  before: readonly ExtractionEvent[],
): Party[] {
  const { doc } = ctx;
  if (m.pattern.pos !== 'verb' || !m.pattern.targets.some((t) => t === 'object' || t === 'objectOwner')) return [];
  const obj = args
    .objectOf(m.trigger)
    .find(
      (o) =>
        doc.childrenWith(o, 'det').some((d) => ['the', 'this', 'that', 'these', 'those'].includes(doc.lower(d))) &&
        !doc.childrenWith(o, 'poss').length,
    );
  if (obj === undefined) return [];
  const noun = doc.lemma[obj]!.toLowerCase();
  const ref = ACT_REFERENCES.find((r) => r.nouns.includes(noun) || r.nouns.includes(doc.lower(obj)));
  if (!ref) return [];
  const here = doc.sentenceOf(m.trigger).index;
  const earliest = doc.start[doc.sents[Math.max(0, here - REFERENCE_REACH)]!.first]!;
  const earlier = [...before]
    .reverse()
    .filter((e) => e.start < doc.start[m.trigger]! && (!ref.types.length || ref.types.includes(e.type)));
  // An act told with the same noun ("imposed sanctions" … "the sanctions") anywhere before; else the nearest of its type.
  const prior =
    earlier.find((e) => e.evidence.toLowerCase().split(/\W+/).includes(doc.lower(obj))) ??
    earlier.find((e) => e.start >= earliest);
  if (!prior) return [];
  const ids = ref.allParties ? [...prior.sourceIds, ...prior.targetIds] : prior.sourceIds;
  const out: Party[] = [];
  for (const id of ids) {
    const e = ctx.entities.byId(id);
    if (e && !sources.some((s) => s.entity === e) && !out.some((o) => o.entity === e))
      out.push({ entity: e, token: obj, named: false });
  }
  return out;
}

/** A verbal act told as what someone said is dated by the telling ("X condemned Y, Z told reporters on Tuesday"). */
function reportDate(ctx: ArticleContext, v: number) {
  const { doc } = ctx;
  let x = v;
  for (let steps = 0; steps < 4; steps++) {
    const h = doc.head[x]!;
    if (h === x) return null;
    if (doc.dep[x] === 'ccomp' || doc.dep[x] === 'parataxis') return clauseDate(ctx, h);
    if (doc.dep[x] !== 'conj' && doc.dep[x] !== 'xcomp') return null;
    x = h;
  }
  return null;
}

/** A pronoun party whose sentence names, before it, a person other than the one it was resolved to. */
function ambiguousPronoun(ctx: ArticleContext, p: Party): boolean {
  const { doc, entities } = ctx;
  if (p.named || doc.pos[p.token] !== 'PRON') return false;
  for (let t = doc.sentenceOf(p.token).first; t < p.token; t++) {
    const e = entities.tokenEntity[t]! >= 0 ? entities.entityAt(t) : undefined;
    if (e && e.kind === 'Person' && e !== p.entity) return true;
  }
  return false;
}

function insideQuote(ctx: ArticleContext, offset: number): boolean {
  return ctx.quotes.some((q) => q.start <= offset && offset < q.end);
}

function buildEvent(
  ctx: ArticleContext,
  args: EventArguments,
  m: TriggerMatch,
  sent: Sentence,
  occasions: Occasion[],
  before: readonly ExtractionEvent[],
): ExtractionEvent | null {
  const { doc } = ctx;
  const p = m.pattern;
  const sourcePaths = p.sources ?? (p.pos === 'verb' ? ['subject'] : ['poss', 'prep:by', 'subject']);
  let sources = partiesAlong(ctx, args, m, sourcePaths, [], 'source');
  if (!sources.length) return null;
  let targets = partiesAlong(ctx, args, m, p.targets, sources, 'target');
  // "A and B agreed", "both sides accused each other": a joint act goes from the first-named party to the others.
  if ((p.symmetric || reciprocal(ctx, args, m)) && sources.length > 1) {
    targets = [...sources.slice(1), ...targets.filter((t) => !sources.some((s) => s.entity === t.entity))];
    sources = sources.slice(0, 1);
  }
  if (!targets.length) targets = referredAuthors(ctx, args, m, sources, before);
  if (!targets.length) return null;
  // "The charge against Biden is that, as Obama's deputy, he called for …": a pronoun with another person named before
  // it in its own sentence is a guess between them; such a party is dropped rather than risked.
  sources = sources.filter((x) => !ambiguousPronoun(ctx, x));
  targets = targets.filter((x) => !ambiguousPronoun(ctx, x));
  if (!sources.length || !targets.length) return null;
  // Inside a direct quote, "we" and "they" are the speaker's words: only parties named there are taken.
  if (insideQuote(ctx, doc.start[m.trigger]!)) {
    sources = sources.filter((s) => s.named);
    targets = targets.filter((t) => t.named);
    if (!sources.length || !targets.length) return null;
  }

  const clue = modalityOf(doc, m.clause, p.negated === true);
  // "could not reach an agreement": an act someone was unable to perform did not happen and was not denied.
  if (
    clue.by === 'negation' &&
    doc.childrenWith(m.clause, 'aux').some((a) => ['could', 'can', 'ca'].includes(doc.lower(a)))
  )
    return null;
  // '"X is not holding any detainees"': a negated act in someone's quoted words is their claim about how things stand,
  // not a reported denial (those are told outside quotes: "denied that it had …").
  if (clue.by === 'negation' && insideQuote(ctx, doc.start[m.trigger]!)) return null;
  let type = p.type;
  let modality = clue.modality === 'denied' ? 'denied' : (p.modality ?? clue.modality);
  if (
    (FORCEFUL.has(type) && readsAsThreat(doc, m.clause, clue, type !== 'SANCTION')) ||
    (CONFLICTUAL.has(type) && hasCondition(ctx, m.clause, 'unless'))
  ) {
    type = 'THREATEN';
    modality = 'threatened';
  }
  const info = eventTypeInfo(type);
  const start = Math.min(...m.words.map((w) => doc.start[w]!));
  const end = Math.max(...m.words.map((w) => doc.end[w]!));
  // The state an act happens in may be its target ("an operation in Venezuela that removed Maduro"), never its source.
  const partyIds = new Set(sources.map((x) => x.entity.id));
  // Only said-acts take the occasion's date: a consultation or agreement is an occasion of its own.
  const occasion = () =>
    SAID_ACTS.has(type) && modality === 'asserted' ? occasionDate(ctx, m, sources, occasions) : null;
  const date =
    clauseDate(ctx, m.clause) ?? (info.quad.startsWith('verbal') ? (reportDate(ctx, m.clause) ?? occasion()) : null);
  return {
    id: '',
    type,
    cameo: info.cameo.slice(0, 2),
    label: info.label,
    sourceIds: sources.map((s) => s.entity.id),
    targetIds: targets.map((t) => t.entity.id),
    locationIds: eventLocations(
      ctx,
      [m.trigger, m.host, m.object].filter((t) => t >= 0),
    ).filter((id) => !partyIds.has(id)),
    date: date ? date.date : null,
    modality,
    quad: info.quad,
    start,
    end,
    sentence: { start: sent.start, end: sent.end },
    confidence: p.confidence,
    evidence: ctx.text.slice(start, end),
  };
}
