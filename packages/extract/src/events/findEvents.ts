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
import type { RolePath } from './eventPatterns.ts';
import { matchTrigger, pathTokens, type TriggerMatch } from './matchEventPatterns.ts';
import type { Sentence } from '../doc/parsedText.ts';

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
  const found: (ExtractionEvent & { key: string })[] = [];
  for (const sent of doc.sents) {
    if (!sent.usable || sent.start < ctx.body.start || sent.end > ctx.body.end) continue;
    for (const event of eventsOfSentence(ctx, args, sent)) {
      const key = `${sent.index}|${event.type}|${event.sourceIds.join(',')}|${event.targetIds.join(',')}`;
      if (found.some((f) => f.key === key)) continue;
      found.push({ ...event, key });
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return found.map(({ key: _key, ...e }, k) => ({ ...e, id: `e${k + 1}` }));
}

/**
 * Verbs first, so a light verb claims its object noun ("imposed sanctions") before the noun reads as its own event;
 * per token the first pattern whose parties resolve wins.
 */
function eventsOfSentence(ctx: ArticleContext, args: EventArguments, sent: Sentence): ExtractionEvent[] {
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
        const event = buildEvent(ctx, args, m, sent);
        if (!event) continue;
        out.push(event);
        if (m.object >= 0) consumed.add(m.object);
        break;
      }
    }
  }
  return out;
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
    if (throughComplement && triggers.has(h) && h !== m.trigger) return true;
    x = h;
  }
  return false;
}

/** A place never acts; and one travelled to or spoken to ("travelled to New York") is where, not whom. */
const PERSON_TARGETS = new Set(['CONSULT', 'REQUEST', 'ACCUSE']);

function partiesAlong(ctx: ArticleContext, args: EventArguments, m: TriggerMatch, paths: readonly RolePath[], exclude: Party[], role: 'source' | 'target'): Party[] {
  const placeOk = role === 'target' && !PERSON_TARGETS.has(m.pattern.type);
  for (const path of paths) {
    const parties = args
      .actors(pathTokens(ctx.doc, args, m, path))
      .filter((p) => !exclude.some((x) => x.entity === p.entity) && (placeOk || p.entity.kind !== 'Location'));
    if (parties.length) return parties;
  }
  return [];
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

function insideQuote(ctx: ArticleContext, offset: number): boolean {
  return ctx.quotes.some((q) => q.start <= offset && offset < q.end);
}

function buildEvent(ctx: ArticleContext, args: EventArguments, m: TriggerMatch, sent: Sentence): ExtractionEvent | null {
  const { doc } = ctx;
  const p = m.pattern;
  const sourcePaths = p.sources ?? (p.pos === 'verb' ? ['subject'] : ['poss', 'prep:by', 'subject']);
  let sources = partiesAlong(ctx, args, m, sourcePaths, [], 'source');
  if (!sources.length) return null;
  let targets = partiesAlong(ctx, args, m, p.targets, sources, 'target');
  // "A and B agreed": a joint act goes from the first-named party to the others.
  if (p.symmetric && sources.length > 1) {
    targets = [...sources.slice(1), ...targets.filter((t) => !sources.some((s) => s.entity === t.entity))];
    sources = sources.slice(0, 1);
  }
  if (!targets.length) return null;
  // Inside a direct quote, "we" and "they" are the speaker's words: only parties named there are taken.
  if (insideQuote(ctx, doc.start[m.trigger]!)) {
    sources = sources.filter((s) => s.named);
    targets = targets.filter((t) => t.named);
    if (!sources.length || !targets.length) return null;
  }

  const clue = modalityOf(doc, m.clause, p.negated === true);
  let type = p.type;
  let modality = clue.modality === 'denied' ? 'denied' : (p.modality ?? clue.modality);
  if ((FORCEFUL.has(type) && readsAsThreat(doc, m.clause, clue, type !== 'SANCTION')) || (CONFLICTUAL.has(type) && hasCondition(ctx, m.clause, 'unless'))) {
    type = 'THREATEN';
    modality = 'threatened';
  }
  const info = eventTypeInfo(type);
  const start = Math.min(...m.words.map((w) => doc.start[w]!));
  const end = Math.max(...m.words.map((w) => doc.end[w]!));
  const partyIds = new Set([...sources, ...targets].map((x) => x.entity.id));
  const date = clauseDate(ctx, m.clause) ?? (info.quad.startsWith('verbal') ? reportDate(ctx, m.clause) : null);
  return {
    id: '',
    type,
    cameo: info.cameo.slice(0, 2),
    label: info.label,
    sourceIds: sources.map((s) => s.entity.id),
    targetIds: targets.map((t) => t.entity.id),
    locationIds: eventLocations(ctx, [m.trigger, m.host, m.object].filter((t) => t >= 0)).filter((id) => !partyIds.has(id)),
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
