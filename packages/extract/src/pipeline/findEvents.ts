import { entityIdFor, eventTypeInfo } from '@newsgraph/model';
import type { ExtractionEvent } from '../extractionSchema.ts';
import type { EntityIndex } from './buildEntities.ts';
import { DENIED, HYPOTHETICAL, PLANNED, TRIGGERS } from './eventTriggers.ts';
import type { SentenceTokens } from './findMentions.ts';
import { quoteAt, type Quote } from '../quotes/findQuoteSpans.ts';
import { CAPITALS } from './gazetteer.ts';
import type { DateHit, DateResolver } from '../dates/resolveDates.ts';
import type { ActorSpan } from './resolveReferences.ts';

type Modality = ExtractionEvent['modality'];
type EventType = ExtractionEvent['type'];
interface Hit { type: EventType; start: number; end: number; pos: 'verb' | 'noun'; confidence: number; symmetric: boolean; nounUse?: boolean }
/** An actor as events see it: a capital named as an actor ("urged Pyongyang") stands for its state. */
interface Actor extends ActorSpan { actorIds: string[] }

const NEEDS_TARGET = new Set(['CONSULT', 'THREATEN', 'REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'AGREE', 'COOPERATE', 'AID', 'SANCTION', 'COERCE', 'CONCEDE']);
const VERBAL = new Set(['CONSULT', 'THREATEN', 'REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'AGREE']);
const NOUN_OBJECT = /^\s+(?:on|against|in|into|inside|near|of|with|between|by|from|to|targeting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const CLAUSE_BREAK = /[;:]|,\s+(?:which|who|while|but|and|as|after|before|with|when|where|during|saying|adding|\w+ing)\b|\b(?:that|which|who|whom|whose|because|although|while|when|since)\b/i;
const LOCATION_PREP = /(?:\bin|\binside|\bnear|\bacross|\bat|\bover|\boutside|\baround|\bthrough)\s+(?:the\s+)?$/i;
// An actor right after one of these is an object or a place, never the subject of a later verb.
const OBJECT_PREP = /\b(?:in|inside|near|across|at|over|outside|around|through|to|into|from|with|against|on|for|by|between|toward|towards|under|than|about)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;
// Relative clauses and appositions between commas ("China, which accounts for …, on Monday called on"): not subjects.
const PARENTHETICAL = /,\s+(?:which|who|whose|where|(?:the|a|an|its|his|her|their)\s)[^,;“”"]*,/gi;
// "it would hold", "they had agreed": a pronoun subject right before the verb, with auxiliaries and adverbs between.
const PRONOUN_SUBJECT = /\b(it|they)\s+(?:(?:would|will|could|should|might|may|can|had|has|have|was|were|is|are|did|does|do|also|not|already|then|still|now|again|be|been|to|\w+ly)\s+)*$/i;
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|this|that|its|their|his|her|our|any|no)|['’]s|\b\p{Lu}[\p{Ll}]+(?:an|ian|ese|ish|i))\s+$/u;
const PASSIVE_AUX = /\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$/i;
// "rejected the accusation", "welcomed the deal": a definite act noun as object points back to the act last reported.
const ACT_OBJECT = /^\s+(?:the|this|that|these|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:accusations?|allegations?|claims?|charges?|offer|sanctions|measures|package|plan|proposals?|deal|agreement|accord|truce|request|demands?|move|decision|appointment|crackdown|step)\b/iu;
const RESPONSES = new Set(['REJECT', 'SUPPORT', 'ACCUSE', 'CONCEDE']);
// Which earlier act a noun names; nouns not listed ("the move", "the plan") name the act last reported.
const ACT_NOUN_TYPES: [RegExp, Set<string>][] = [
  [/accusation|allegation|claim|charge/i, new Set(['ACCUSE'])],
  [/sanction|measure|package/i, new Set(['SANCTION', 'COERCE'])],
  [/deal|agreement|accord|truce|plan|proposal/i, new Set(['AGREE', 'COOPERATE', 'CONCEDE'])],
  [/request|demand/i, new Set(['REQUEST'])],
  [/offer/i, new Set(['AGREE', 'AID', 'CONCEDE', 'COOPERATE', 'CONSULT'])],
  [/crackdown/i, new Set(['ASSAULT', 'COERCE'])],
];
const JOINT = new Set(['AGREE', 'CONSULT', 'COOPERATE']);
// "supported the plan and would decide in August": a date past a second verb phrase is that phrase's.
const NEW_VERB_PHRASE = /\b(?:and|but)\s+(?:then\s+|also\s+)?(?:would|will|could|should|might|may|can|had|has|have|was|were|is|are|did|does|plans?|\w+ed)\b/i;
// "attacked a police checkpoint", "detained two soldiers": a state's unnamed posts or people, struck where the sentence is.
const STATE_OBJECT = /^\s+(?:(?:a|an|the|two|three|four|several|\d+)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:checkpoints?|posts?|bases?|police|officers|soldiers|troops|positions|patrols?|convoys?|garrisons?|barracks)\b/iu;
// "urged …, as they had promised in April", "before the rainy season begins in June": the date is the subordinate clause's.
const SUBORDINATE = /(?:^|[\s,])(?:as|before|after|until|unless|once|when|while|because|if|which|who)\s+(?:[\p{L}-]+\s+){0,4}?(?:had|has|have|was|were|is|are|will|would|\p{Ll}+ed|\p{Ll}+s)\s/u;
// A date written right after a reporting verb ("said on Monday") dates the telling, not a material act told of.
const REPORTING_BEFORE = /\b(?:said|says|told\s+(?:\w+\s+)?|announced|stated|added|warned|wrote|statement|briefing|address|interview)\s*(?:\w+\s+){0,2}$/i;

export function findEvents(
  text: string,
  sents: SentenceTokens[],
  index: EntityIndex,
  actors: ActorSpan[],
  quotes: Quote[],
  dates: DateResolver,
): ExtractionEvent[] {
  const capitalCountry = new Map<string, string>();
  for (const e of index.entities) {
    const iso = e.kind === 'Location' ? CAPITALS.get(e.name) : undefined;
    const id = iso ? entityIdFor('Country', '', iso) : undefined;
    if (id && index.byId.has(id)) capitalCountry.set(e.id, id);
  }
  const bySentence = new Map<number, Actor[]>();
  for (const a of actors) {
    if (quoteAt(quotes, a.start)) continue;
    // Copied only when a capital stands for its state; most actors are shared as they are.
    const mapped = capitalCountry.size && a.ids.some((id) => capitalCountry.has(id));
    const actor: Actor = mapped ? { ...a, actorIds: a.ids.map((id) => capitalCountry.get(id) ?? id) } : Object.assign(a, { actorIds: a.ids });
    const list = bySentence.get(a.sentence);
    if (list) list.push(actor);
    else bySentence.set(a.sentence, [actor]);
  }
  const roleCountries = new Map<string, Set<string>>();
  for (const r of index.roles) if (r.ofId) roleCountries.set(r.personId, new Set([...(roleCountries.get(r.personId) ?? []), r.ofId]));
  const raw: ExtractionEvent[] = [];
  let prevSubject: Actor | undefined;
  // The article's main country: where an unnamed post or patrol sits when its sentence names no state.
  let homeCountry: string | undefined;
  for (const e of index.entities) {
    const n = e.mentions.length + e.references.length;
    if (e.kind === 'Country' && (!homeCountry || n > (index.byId.get(homeCountry)!.mentions.length + index.byId.get(homeCountry)!.references.length))) homeCountry = e.id;
  }

  for (const st of sents) {
    if (st.headline) continue;
    const s = st.sentence;
    const sentence = text.slice(s.start, s.end);
    const acts = bySentence.get(s.index) ?? [];
    const masked = maskedRanges(sentence, s.start);
    const hits: Hit[] = [];
    for (const trig of TRIGGERS) {
      trig.re.lastIndex = 0;
      for (const m of sentence.matchAll(trig.re)) {
        const start = s.start + m.index;
        const end = start + m[0].trimEnd().length;
        if (/^(?:March|May)$/.test(m[0])) continue; // the month, not the verb
        if (quoteAt(quotes, start)) continue; // words a speaker said are statements, not reported events
        if (hits.some((h) => h.start < end && start < h.end)) continue;
        // "the raid", "Venezuela's attack", "a Venezuelan raid": a verb form after a determiner is a noun.
        const nounUse = trig.pos === 'verb' && !/\s/.test(m[0]) && DETERMINER_BEFORE.test(text.slice(Math.max(s.start, start - 30), start));
        // "attacked a post, killing two officers": the participle is the same act's outcome, not a second event.
        if (trig.type === 'ASSAULT' && /ing$/i.test(m[0]) && /,\s*$/.test(text.slice(s.start, start)) && hits.some((o) => o.type === 'ASSAULT' && o.end <= start)) continue;
        hits.push({ type: trig.type, start, end, pos: nounUse ? 'noun' : trig.pos, confidence: trig.confidence, symmetric: !!trig.symmetric, nounUse });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    const ds = hits.length ? dates.datesIn(s) : [];
    const first = acts.find((a) => !a.adjective && !masked.some((r) => r.start <= a.start && a.end <= r.end));
    for (const h of hits) {
      // "threatened to strike": the strike is only threatened, so the threat is the event.
      const threat = hits.find((o) => o.type === 'THREATEN' && o.end <= h.start && /^\s*(?:to|of|that)\b/i.test(text.slice(o.end, o.end + 6)) && h.start - o.end < 80);
      if (threat && h.type !== 'THREATEN') continue;
      const ev = buildEvent(text, h, hits, acts, masked, roleCountries, s, ds, first ?? prevSubject, raw, homeCountry);
      if (ev) raw.push(ev);
    }
    if (first && (first.kinds.includes('Country') || first.kinds.includes('Organization'))) prevSubject = first;
  }
  return dedupe(raw).map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

function maskedRanges(sentence: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  PARENTHETICAL.lastIndex = 0;
  for (const m of sentence.matchAll(PARENTHETICAL)) out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

function buildEvent(
  text: string,
  h: Hit,
  hits: Hit[],
  acts: Actor[],
  masked: { start: number; end: number }[],
  roleCountries: Map<string, Set<string>>,
  s: { start: number; end: number; index: number },
  ds: DateHit[],
  pronounAntecedent: Actor | undefined,
  earlier: ExtractionEvent[],
  homeCountry: string | undefined,
): ExtractionEvent | null {
  let sources: string[] = [];
  let targets: string[] = [];
  const locations: string[] = [];
  const after = acts.filter((a) => a.start >= h.end);
  const isMasked = (a: Actor) => masked.some((r) => r.start <= a.start && a.end <= r.end && r.end <= h.start);
  const follow = text.slice(h.end, h.end + 20);
  let subjectEnd = s.start;
  if (/^\s+between\s/i.test(follow) && after.length >= 2) {
    // "between U.S. Secretary of State Marco Rubio and …": the people, not their titles' countries.
    const people = after.filter((a) => a.kinds.includes('Person'));
    const pair = people.length >= 2 ? people : after.filter((a) => !a.adjective);
    if (pair[0]) sources = pair[0].actorIds;
    const second = pair.find((a) => !overlapIds(a.actorIds, sources));
    if (second) targets = second.actorIds;
  } else {
    const byWho = /^\s+(?:from|by)\s+(?:the\s+)?/i.exec(follow);
    const agent = byWho ? after.find((a) => a.start === h.end + byWho[0].length) : undefined;
    // "the request", "an attack": a verb used as a noun names an act only with its agent ("by X", "X's", "a Veyran attack").
    const possessor = acts.find((a) => /^(?:['’]s|)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(a.end, h.start)) && a.end <= h.start);
    if (h.nounUse && !agent && !possessor) return null;
    const before = objectFree(text, s.start, acts.filter((a) => a.end <= h.start && !isMasked(a)));
    const usable = before.filter((a) => !a.adjective || /^[\s\p{Ll}-]{0,25}$/u.test(text.slice(a.end, h.start)));
    let head = usable[usable.length - 1];
    // "it would hold talks": the pronoun is nearer than any name, so it is the subject.
    const pron = PRONOUN_SUBJECT.exec(text.slice(Math.max(s.start, head ? head.end : s.start, h.start - 80), h.start));
    if (pron && pronounAntecedent && pronounAntecedent.start < h.start) head = pronounAntecedent;
    // "Harlund imposed sanctions on X, accusing …": a participle after a comma shares its main clause's subject.
    const participle = h.pos === 'verb' && /ing$/i.test(text.slice(h.start, h.end)) && /,\s*$/.test(text.slice(s.start, h.start)) && hits.some((o) => o.end <= h.start && o.pos === 'verb');
    if (participle && pronounAntecedent && pronounAntecedent.start < h.start) head = pronounAntecedent;
    const passive = agent && h.pos === 'verb' && PASSIVE_AUX.test(text.slice(Math.max(s.start, h.start - 20), h.start));
    if (agent && (h.pos === 'noun' || passive)) {
      sources = agent.actorIds;
      if (passive && head) targets = head.actorIds;
    } else if (head) {
      const group = coordinated(text, usable, head);
      subjectEnd = head.end;
      if (group.length >= 2 && h.symmetric) {
        sources = group[0]!.actorIds;
        targets = [...new Set(group.slice(1).flatMap((a) => a.actorIds))];
      } else {
        sources = group.length >= 2 ? [...new Set(group.flatMap((a) => a.actorIds))] : head.actorIds;
      }
    }
    if (!targets.length) {
      const exclude = new Set([...sources, ...sources.flatMap((id) => [...(roleCountries.get(id) ?? [])])]);
      let last: Actor | undefined;
      for (const a of after) {
        if (a === agent || a.actorIds.every((id) => exclude.has(id))) continue;
        let gap = text.slice(h.end, a.start);
        // "warning that American forces will strike in Mexico": a threat's target sits in its complement.
        const complement = h.type === 'THREATEN' ? /^\s+(?:that|to|of)\s/i.exec(gap) : null;
        if (complement) gap = gap.slice(complement[0].length).replace(/[“”"][^“”"]*[“”"]/g, ' ');
        if (last && targets.length && /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/.test(text.slice(last.end, a.start)) && !a.adjective) {
          // "with South Korea and Japan": coordinated objects are all targets.
          targets = [...new Set([...targets, ...a.actorIds])];
          last = a;
          continue;
        }
        // Objects sit right after a noun trigger ("raid on X") or in the verb's own clause, not past "that"/"which" or a comma.
        const reachable = h.pos === 'noun' && !complement ? NOUN_OBJECT.test(gap) : gap.length <= 80 && !CLAUSE_BREAK.test(gap) && (complement !== null || !gap.includes(','));
        if (!reachable) break;
        // "warned that Pyongyang would respond to …": the complement's subject is the threatener's side.
        if (complement && /^\s*(?:that|to|of)\s+(?:the\s+)?$/i.test(text.slice(h.end, a.start)) && !a.adjective) continue;
        // "with South Korean First Vice Foreign Minister Park Ji-won": the demonym qualifies the person named next.
        const next = after[after.indexOf(a) + 1];
        if (a.adjective && next && next.kinds.includes('Person') && /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}$/u.test(text.slice(a.end, next.start))) continue;
        const lead = text.slice(Math.max(s.start, a.start - 12), a.start);
        const isPlace = a.kinds.every((k) => k === 'Country' || k === 'Location') && LOCATION_PREP.test(lead);
        if (isPlace) {
          if (!locations.length) locations.push(...a.ids);
          continue;
        }
        if (targets.length) break;
        targets = a.actorIds;
        last = a;
        if (targets.length && locations.length) break;
      }
    }
    // "the two countries fought", "both sides accused each other": a pair of states acts on itself, first-named first.
    const pair = head && head.via === 'reference' && head.actorIds.length === 2 && head.kinds.every((k) => k === 'Country') && !agent;
    if (pair && head && sources === head.actorIds && (h.symmetric || !targets.length)) {
      sources = [head.actorIds[0]!];
      targets = [head.actorIds[1]!];
    }
    const actNoun = !targets.length && sources.length && RESPONSES.has(h.type) ? ACT_OBJECT.exec(text.slice(h.end, h.end + 60)) : null;
    const own = new Set([...sources, ...sources.flatMap((id) => [...(roleCountries.get(id) ?? [])])]);
    const kinds = actNoun ? ACT_NOUN_TYPES.find(([re]) => re.test(actNoun[0]))?.[1] : undefined;
    const lastEvent = actNoun ? [...earlier].reverse().find((e) => (!kinds || kinds.has(e.type)) && e.sourceIds.some((id) => !own.has(id))) : undefined;
    if (lastEvent) {
      // The act's authors are the target; a joint act ("the deal") stands for all its parties.
      const parties = JOINT.has(lastEvent.type) ? [...lastEvent.sourceIds, ...lastEvent.targetIds] : lastEvent.sourceIds;
      targets = [...new Set(parties)].filter((id) => !own.has(id));
    }
    if (!targets.length && sources.length && (h.type === 'ASSAULT' || h.type === 'COERCE') && h.pos === 'verb' && STATE_OBJECT.test(text.slice(h.end, h.end + 50))) {
      const here = [...locations, ...acts.map((a) => a.actorIds).flat()].find((id) => id.startsWith('country:') && !own.has(id));
      const home = here ?? (homeCountry && !own.has(homeCountry) ? homeCountry : undefined);
      if (home) targets = [home];
    }
    if (!targets.length && sources.length && h.type === 'CONSULT') {
      // "will travel to Tokyo on Friday for talks with his counterparts": talks with unnamed people are with the host state.
      const dest = [...acts].reverse().find((a) => a.end <= h.start && a.start >= subjectEnd && !a.adjective && a.actorIds.some((id) => id.startsWith('country:') && !own.has(id))
        && /\b(?:to|in|and)\s+$/i.test(text.slice(Math.max(s.start, a.start - 5), a.start)) && /^[^,;]{0,40}$/.test(text.slice(a.end, h.start)));
      if (dest && /^\s*(?:with\s+)?(?:his|her|their|its)\s+counterparts?\b/i.test(text.slice(h.end, h.end + 40))) targets = dest.actorIds.filter((id) => id.startsWith('country:'));
    }
    // "strikes in Mexico to target cartels": the country struck is a target too.
    if ((h.type === 'ASSAULT' || h.type === 'THREATEN') && locations.length) {
      const countries = locations.filter((id) => id.startsWith('country:'));
      targets = [...new Set([...countries, ...targets])];
    }
    if (!targets.length && locations.length && (h.type === 'ASSAULT' || h.type === 'THREATEN')) targets = [...locations];
  }
  targets = targets.filter((id) => !sources.includes(id));
  if (!sources.length && !targets.length) return null;
  if (NEEDS_TARGET.has(h.type) && (!sources.length || !targets.length)) return null;
  if (!NEEDS_TARGET.has(h.type) && !targets.length && !locations.length) return null;

  const window = text.slice(Math.max(s.start, subjectEnd, h.start - 60), h.start);
  const denial = /\b(?:denied|denies|deny|denying)\s+(?:that\s+)?(?:\S+\s+){0,6}$/i.test(text.slice(Math.max(s.start, h.start - 60), h.start));
  let modality: Modality = 'asserted';
  if (h.type === 'THREATEN') modality = 'threatened';
  else if (denial || DENIED.test(window)) modality = 'denied';
  else if (HYPOTHETICAL.test(window)) modality = 'hypothetical';
  else if (PLANNED.test(window)) modality = 'planned';

  const date = dateFor(text, h, hits, ds, masked);
  const info = eventTypeInfo(h.type);
  const confidence = Math.min(0.95, h.confidence + (sources.length && targets.length ? 0.1 : 0) + (date ? 0.05 : 0));
  return {
    id: '',
    type: h.type,
    cameo: info.cameo,
    label: info.label,
    sourceIds: sources,
    targetIds: targets,
    locationIds: locations,
    date: date ? date.date : null,
    modality,
    quad: info.quad,
    start: h.start,
    end: h.end,
    sentence: { start: s.start, end: s.end },
    confidence: Math.round(confidence * 100) / 100,
    evidence: text.slice(h.start, h.end),
  };
}

/** Actors that can be a subject: not after a preposition ("to Seoul"), nor coordinated with such an object ("and Tokyo"). */
function objectFree(text: string, from: number, list: Actor[]): Actor[] {
  const out: Actor[] = [];
  let prevObject: Actor | undefined;
  for (const a of list) {
    const lead = text.slice(Math.max(from, a.start - 14), a.start);
    // "to Seoul on Thursday and Tokyo": a time phrase may sit between the coordinated objects.
    const conjoined = prevObject && /^(?:\s+(?:on|in|at|by|late|early)\s+\p{L}+(?:\s+\p{L}+)?)?\s*(?:,|,?\s*(?:and|or))\s+(?:the\s+)?$/u.test(text.slice(prevObject.end, a.start));
    if (OBJECT_PREP.test(lead) || conjoined) { prevObject = a; continue; }
    prevObject = undefined;
    out.push(a);
  }
  return out;
}

/** "The leaders of Latvia, Estonia and Poland agreed": the subject is the whole list, read back from its last name. */
function coordinated(text: string, usable: Actor[], head: Actor): Actor[] {
  const group = [head];
  for (let i = usable.indexOf(head) - 1; i >= 0; i--) {
    const prev = usable[i]!;
    const cur = group[0]!;
    if (prev.end > cur.start) continue;
    // Demonyms between the names modify them ("and his Cambodian counterpart Sok Pheakdey").
    const gap = text.slice(prev.end, cur.start).replace(/\p{Lu}[\p{L}.’'-]*(?:\s+(?:Foreign|Defence|Defense|Prime|Finance|Interior)?\s*(?:Minister|President|Secretary))?/gu, ' x ');
    if (!/^\s*(?:,|,?\s+and)\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:x|[\p{Ll}-]+)\s+){0,4}$/u.test(gap) && !/^\s*,\s*$/.test(gap)) break;
    if (prev.adjective) break;
    group.unshift(prev);
  }
  return group;
}

/**
 * The date written in the event's own clause: each date belongs to the nearest trigger of its sentence, and a
 * date right after a reporting verb ("said on Monday") dates only the verbal acts reported, not material ones.
 */
function dateFor(text: string, h: Hit, hits: Hit[], ds: DateHit[], masked: { start: number; end: number }[]): DateHit | undefined {
  // Adverbials follow their verb: a date before "and"/a comma and a later trigger still belongs to the earlier one.
  const dist = (d: DateHit, x: Hit) =>
    d.end <= x.start ? x.start - d.end + (hits.some((o) => o.end <= d.start) && /[,;]|\b(?:and|but|or)\b/i.test(text.slice(d.end, x.start)) ? 1000 : 0) : d.start >= x.end ? d.start - x.end + (NEW_VERB_PHRASE.test(text.slice(x.end, d.start)) ? 1000 : 0) : 0;
  const inside = (d: DateHit | Hit) => masked.find((r) => r.start <= d.start && d.end <= r.end);
  let best: DateHit | undefined;
  let frameDate: DateHit | undefined;
  for (const d of ds) {
    // "next year's cod quota" names a thing, not a time ("Tuesday's briefing" is still an occasion);
    // "which X left last year" dates only its own clause.
    if (d.date.precision !== 'day' && /^['’]s\b/.test(text.slice(d.end, d.end + 3))) continue;
    if (inside(d) && inside(d) !== inside(h)) continue;
    if (d.start >= h.end && (NEW_VERB_PHRASE.test(text.slice(h.end, d.start)) || SUBORDINATE.test(text.slice(h.end, d.start)))) continue;
    if (REPORTING_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) {
      if (VERBAL.has(h.type) && (!frameDate || dist(d, h) < dist(frameDate, h))) frameDate = d;
      continue;
    }
    const owner = hits.reduce((b, x) => (dist(d, x) < dist(d, b) ? x : b), h);
    if (owner !== h && dist(d, owner) < dist(d, h)) continue;
    if (!best || dist(d, h) < dist(best, h)) best = d;
  }
  if (best || frameDate) return best ?? frameDate;
  // "met in Tromsø on Friday and agreed on …": coordinated verbs share the first one's date.
  const prev = [...hits].reverse().find((x) => x.end <= h.start && x.pos === 'verb' && h.pos === 'verb');
  // "imposed sanctions on Monday …, accusing": the participle's act is the main verb's, on its day.
  if (prev && /ing$/i.test(text.slice(h.start, h.end)) && /,\s*$/.test(text.slice(prev.end, h.start))) {
    const own = ds.filter((d) => d.end <= h.start && dist(d, prev) < 1000).sort((a, b) => dist(a, prev) - dist(b, prev))[0];
    if (own) return own;
  }
  const shared = prev && ds.find((d) => d.start >= prev.end && d.end <= h.start && /^\s*,?\s+and\s+(?:then\s+|also\s+)?$/i.test(text.slice(d.end, h.start)));
  return shared && (!inside(shared) || inside(shared) === inside(h)) ? shared : undefined;
}

function overlapIds(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** One event per (type, actors, date, modality): later sentences often restate an earlier one. */
function dedupe(events: ExtractionEvent[]): ExtractionEvent[] {
  const out: ExtractionEvent[] = [];
  // Bucketed by type + targets + date + modality so long articles stay linear.
  const seen = new Set<string>();
  for (const e of events) {
    const key = `${e.type}|${e.modality}|${[...e.targetIds].sort().join(',')}|${e.date?.value ?? ''}`;
    const src = [...e.sourceIds].sort().join(',');
    // Verb triggers in different sentences are separate acts; nouns ("the raid") restate earlier ones.
    const restated = isNounRestatement(e);
    const same =
      seen.has(`${key}|s${e.sentence.start}|${src}`) ||
      (!src && seen.has(`${key}|s${e.sentence.start}|*`)) ||
      (restated && (seen.has(`${key}|${src}`) || (!src && seen.has(`${key}|*`))));
    if (same) continue;
    out.push(e);
    for (const k of [`${key}|s${e.sentence.start}|${src}`, `${key}|s${e.sentence.start}|*`, `${key}|${src}`, `${key}|*`]) seen.add(k);
  }
  return out;
}

const NOUN_WHOLE = TRIGGERS.filter((t) => t.pos === 'noun').map((t) => ({ type: t.type, re: new RegExp(`^(?:${t.re.source})$`, 'iu') }));

function isNounRestatement(e: ExtractionEvent): boolean {
  return NOUN_WHOLE.some((t) => t.type === e.type && t.re.test(e.evidence));
}
