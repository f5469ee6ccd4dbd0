import { eventTypeInfo } from '@newsgraph/model';
import type { ExtractionEvent } from '../extractionSchema.ts';
import type { EntityIndex } from './buildEntities.ts';
import { DENIED, HYPOTHETICAL, PLANNED, TRIGGERS } from './eventTriggers.ts';
import type { SentenceTokens } from './findMentions.ts';
import { quoteAt, type Quote } from './findQuotes.ts';
import type { DateResolver } from './resolveDates.ts';
import type { ActorSpan } from './resolveReferences.ts';

type Modality = ExtractionEvent['modality'];
const NEEDS_TARGET = new Set(['CONSULT', 'THREATEN', 'REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'AGREE', 'COOPERATE', 'AID', 'SANCTION', 'COERCE', 'CONCEDE']);
const NOUN_OBJECT = /^\s+(?:on|against|in|into|inside|near|of|with|between|by|from|to|targeting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const CLAUSE_BREAK = /[;:]|,\s+(?:which|who|while|but|and)\b|\b(?:that|which|who|whom|whose|because|although|while)\b/i;
const LOCATION_PREP = /(?:\bin|\binside|\bnear|\bacross|\bat|\bover)\s+(?:the\s+)?$/i;

export function findEvents(
  text: string,
  sents: SentenceTokens[],
  index: EntityIndex,
  actors: ActorSpan[],
  quotes: Quote[],
  dates: DateResolver,
): ExtractionEvent[] {
  const bySentence = new Map<number, ActorSpan[]>();
  for (const a of actors) {
    if (quoteAt(quotes, a.start)) continue;
    const list = bySentence.get(a.sentence);
    if (list) list.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  const roleCountries = new Map<string, Set<string>>();
  for (const r of index.roles) if (r.ofId) roleCountries.set(r.personId, new Set([...(roleCountries.get(r.personId) ?? []), r.ofId]));
  const raw: ExtractionEvent[] = [];

  for (const st of sents) {
    if (st.headline) continue;
    const s = st.sentence;
    const sentence = text.slice(s.start, s.end);
    const acts = bySentence.get(s.index) ?? [];
    const hits: { type: ExtractionEvent['type']; start: number; end: number; pos: 'verb' | 'noun'; confidence: number }[] = [];
    for (const trig of TRIGGERS) {
      trig.re.lastIndex = 0;
      for (const m of sentence.matchAll(trig.re)) {
        const start = s.start + m.index;
        const end = start + m[0].trimEnd().length;
        if (quoteAt(quotes, start)) continue; // words a speaker said are statements, not reported events
        if (hits.some((h) => h.start < end && start < h.end)) continue;
        hits.push({ type: trig.type, start, end, pos: trig.pos, confidence: trig.confidence });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    for (const h of hits) {
      // "threatened to strike": the strike is only threatened, so the threat is the event.
      const threat = hits.find((o) => o.type === 'THREATEN' && o.end <= h.start && /^\s*(?:to|of|that)\b/i.test(text.slice(o.end, o.end + 6)) && h.start - o.end < 80);
      if (threat && h.type !== 'THREATEN') continue;
      const ev = buildEvent(text, h, acts, roleCountries, s, dates);
      if (ev) raw.push(ev);
    }
  }
  return dedupe(raw).map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

function buildEvent(
  text: string,
  h: { type: ExtractionEvent['type']; start: number; end: number; pos: 'verb' | 'noun'; confidence: number },
  acts: ActorSpan[],
  roleCountries: Map<string, Set<string>>,
  s: { start: number; end: number; index: number },
  dates: DateResolver,
): ExtractionEvent | null {
  let sources: string[] = [];
  let targets: string[] = [];
  const locations: string[] = [];
  const after = acts.filter((a) => a.start >= h.end);
  const before = acts.filter((a) => a.end <= h.start).sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
  const follow = text.slice(h.end, h.end + 20);
  if (/^\s+between\s/i.test(follow) && after.length >= 2) {
    // "between U.S. Secretary of State Marco Rubio and …": the people, not their titles' countries.
    const people = after.filter((a) => a.kinds.includes('Person'));
    const pair = people.length >= 2 ? people : after.filter((a) => !a.adjective);
    if (pair[0]) sources = pair[0].ids;
    const second = pair.find((a) => !overlapIds(a.ids, sources));
    if (second) targets = second.ids;
  } else {
    const byWho = /^\s+(?:from|by)\s+(?:the\s+)?/i.exec(follow);
    const agent = byWho ? after.find((a) => a.start === h.end + byWho[0].length) : undefined;
    if (agent && h.pos === 'noun') sources = agent.ids;
    else {
      const src = before.find((a) => !a.adjective || /^[\s\p{Ll}-]{0,25}$/u.test(text.slice(a.end, h.start)));
      if (src) sources = src.ids;
    }
    const exclude = new Set([...sources, ...sources.flatMap((id) => [...(roleCountries.get(id) ?? [])])]);
    for (const a of after) {
      if (a === agent || a.ids.every((id) => exclude.has(id))) continue;
      let gap = text.slice(h.end, a.start);
      // "warning that American forces will strike in Mexico": a threat's target sits in its complement.
      const complement = h.type === 'THREATEN' ? /^\s+(?:that|to|of)\s/i.exec(gap) : null;
      if (complement) gap = gap.slice(complement[0].length).replace(/[“”"][^“”"]*[“”"]/g, ' ');
      // Objects sit right after a noun trigger ("raid on X") or in the verb's own clause, not past "that"/"which".
      const reachable = h.pos === 'noun' && !complement ? NOUN_OBJECT.test(gap) : gap.length <= 80 && !CLAUSE_BREAK.test(gap);
      if (!reachable) break;
      const lead = text.slice(Math.max(s.start, a.start - 12), a.start);
      const isPlace = a.kinds.every((k) => k === 'Country' || k === 'Location') && LOCATION_PREP.test(lead);
      if (isPlace) {
        if (!locations.length) locations.push(...a.ids);
        continue;
      }
      if (!targets.length) targets = a.ids;
      if (targets.length && locations.length) break;
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

  const window = text.slice(Math.max(s.start, h.start - 60), h.start);
  let modality: ExtractionEvent['modality'] = 'asserted';
  if (h.type === 'THREATEN') modality = 'threatened';
  else if (DENIED.test(window)) modality = 'denied';
  else if (HYPOTHETICAL.test(window)) modality = 'hypothetical';
  else if (PLANNED.test(window)) modality = 'planned';

  const ds = dates.datesIn(s);
  let best: (typeof ds)[number] | undefined;
  for (const d of ds) {
    const dist = d.end <= h.start ? h.start - d.end : d.start - h.end;
    const bestDist = best ? (best.end <= h.start ? h.start - best.end : best.start - h.end) : Infinity;
    if (dist < bestDist) best = d;
  }
  const info = eventTypeInfo(h.type);
  const confidence = Math.min(0.95, h.confidence + (sources.length && targets.length ? 0.1 : 0) + (best ? 0.05 : 0));
  return {
    id: '',
    type: h.type,
    cameo: info.cameo,
    label: info.label,
    sourceIds: sources,
    targetIds: targets,
    locationIds: locations,
    date: best ? best.date : null,
    modality: modality as Modality,
    quad: info.quad,
    start: h.start,
    end: h.end,
    sentence: { start: s.start, end: s.end },
    confidence: Math.round(confidence * 100) / 100,
    evidence: text.slice(h.start, h.end),
  };
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

const NOUN_WHOLE = TRIGGERS.filter((t) => t.pos === 'noun').map((t) => ({ type: t.type, re: new RegExp(`^(?:${t.re.source})$`, 'i') }));

function isNounRestatement(e: ExtractionEvent): boolean {
  return NOUN_WHOLE.some((t) => t.type === e.type && t.re.test(e.evidence));
}
