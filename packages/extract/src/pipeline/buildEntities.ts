import { entityIdFor, type EntityKind } from '@newsgraph/model';
import type { ExtractionEntity, ExtractionRole, Span } from '../extractionSchema.ts';
import { matchGazetteer } from './gazetteer.ts';
import type { Mention, MentionScan, SentenceTokens } from './findMentions.ts';
import { matchTitle } from './roleTitles.ts';

export interface EntityIndex {
  entities: ExtractionEntity[];
  byId: Map<string, ExtractionEntity>;
  /** Every mention with the entity id it resolved to, in text order. */
  mentions: (Mention & { id: string })[];
  roles: ExtractionRole[];
  gender: Map<string, 'f' | 'm'>;
}

const PARTICLES = new Set(['de', 'la', 'del', 'da', 'di', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'ben', 'du', 'le', 'y']);
// Offices held for a state, whose country the context gives when the title does not.
const STATE_OFFICE = /\b(?:minister|president|premier|ambassador|chancellor)\b|^(?:Deputy\s+)?Secretary of State$|Secretary$/i;
const HEAD_TITLES = new Set(['President', 'Prime Minister', 'King', 'Queen', 'Emir', 'Supreme Leader', 'Vice President', 'Chancellor']);

/** Short forms a full name is later referred by: the surname, including particles ("de la Fuente"). */
function surnameKeys(name: string): string[] {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return [];
  const keys = new Set<string>([parts[parts.length - 1]!]);
  const p = parts.findIndex((w, i) => i > 0 && PARTICLES.has(w));
  if (p > 0) keys.add(parts.slice(p).join(' '));
  if (parts.length >= 3 && p < 0) keys.add(parts.slice(-2).join(' '));
  return [...keys];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function buildEntities(text: string, sents: SentenceTokens[], scan: MentionScan): EntityIndex {
  const mentions: Mention[] = [...scan.mentions];
  // Full person names and the short keys that point to them (first full name wins for a shared surname).
  const fullNames = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'Person' || !/\s/.test(m.name)) continue;
    for (const k of surnameKeys(m.name)) if (!fullNames.has(k)) fullNames.set(k, m.name);
  }
  const known = new Map<string, Mention>();
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    if (m.kind !== 'Group' && !known.has(surface)) known.set(surface, m);
  }

  // Second pass: names already seen, in headlines and sentence openings the first pass distrusted.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const covered = (s: Span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && overlaps(sorted[lo]!, s);
  };
  const added: Mention[] = [];
  for (const st of sents) {
    const { tokens } = st;
    const texts = tokens.map((t) => t.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.cap || !t.word) continue;
      // Longest known surface or surname starting here (up to 4 tokens: "de la Fuente").
      let best: { end: number; m: Omit<Mention, 'start' | 'end' | 'sentence'> } | null = null;
      for (let n = Math.min(6, tokens.length - i); n >= 1 && !best; n--) {
        const span = { start: t.start, end: tokens[i + n - 1]!.end };
        const surface = text.slice(span.start, span.end);
        const full = fullNames.get(surface);
        const k = known.get(surface);
        if (full) best = { end: i + n, m: { kind: 'Person', name: full, via: 'known' } };
        else if (k) best = { end: i + n, m: { kind: k.kind, name: k.name, ...(k.iso2 ? { iso2: k.iso2 } : {}), adjective: k.adjective ?? false, via: 'known' } };
      }
      if (!best) continue;
      const span = { start: t.start, end: tokens[best.end - 1]!.end };
      if (covered(span)) continue;
      // Lower-case "de la Fuente" starts with a particle; a capitalised sentence opener must not be glued on.
      if (matchGazetteer(texts, i) === undefined || best.m.kind !== 'Person') {
        added.push({ ...best.m, ...span, sentence: st.sentence.index });
        i = best.end - 1;
      }
    }
    // Particle surnames ("de la Fuente") start lower-case.
    for (let i = 0; i < tokens.length; i++) {
      if (!PARTICLES.has(tokens[i]!.text)) continue;
      for (let n = Math.min(4, tokens.length - i); n >= 2; n--) {
        const span = { start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
        const full = fullNames.get(text.slice(span.start, span.end));
        if (full && !covered(span)) {
          added.push({ kind: 'Person', name: full, via: 'known', ...span, sentence: st.sentence.index });
          break;
        }
      }
    }
  }
  const all = [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  // Single-word people ("Maduro" tagged by compromise) join the full name that ends with them; a surname
  // compromise took for an organisation ("Trump administration") is still the person.
  for (const m of all) {
    const full = fullNames.get(text.slice(m.start, m.end));
    if (full && m.via === 'run' && m.kind !== 'Person') { m.kind = 'Person'; m.name = full; }
    if (m.kind === 'Person' && !/\s/.test(m.name)) m.name = fullNames.get(m.name) ?? m.name;
  }
  // Groups: one entity per head noun, named by its most specific form ("drug cartels").
  const groupNames = new Map<string, string>();
  for (const m of all) {
    if (m.kind !== 'Group') continue;
    const surface = text.slice(m.start, m.end).toLowerCase();
    const prev = groupNames.get(m.name);
    if (!prev || surface.length > prev.length) groupNames.set(m.name, surface);
  }
  for (const m of all) if (m.kind === 'Group') m.name = groupNames.get(m.name) ?? m.name;

  const byId = new Map<string, ExtractionEntity>();
  const resolved: (Mention & { id: string })[] = [];
  const gender = new Map<string, 'f' | 'm'>();
  for (const m of all) {
    const id = entityIdFor(m.kind, m.name, m.iso2);
    let e = byId.get(id);
    if (!e) {
      e = { id, kind: m.kind as EntityKind, name: m.name, aliases: [], mentions: [], references: [], ...(m.iso2 ? { iso2: m.iso2 } : {}) };
      byId.set(id, e);
    }
    e.mentions.push({ start: m.start, end: m.end });
    const surface = text.slice(m.start, m.end);
    if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
    if (scan.femaleStarts.has(m.start)) gender.set(id, 'f');
    if (scan.maleStarts.has(m.start)) gender.set(id, 'm');
    resolved.push({ ...m, id });
  }

  const bySentence = new Map<number, (Mention & { id: string })[]>();
  for (const m of resolved) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const roles: ExtractionRole[] = [];
  const seenRoles = new Set<string>();
  for (const t of scan.titles) {
    const personId = entityIdFor('Person', fullNames.get(t.person.name) ?? t.person.name);
    const person = byId.get(personId);
    if (!person) continue;
    let ofId: string | null = t.of ? entityIdFor(t.of.kind, t.of.name, t.of.iso2) : null;
    if (!ofId && (HEAD_TITLES.has(t.title) || STATE_OFFICE.test(t.title))) {
      // "removed President Nicolás Maduro" after "in Venezuela": the country named just before in the sentence,
      // else the state the previous sentence is about ("Belarus rejected …. Foreign Minister Viktar Hrynevich said").
      const before = (bySentence.get(t.sentence) ?? []).filter((m) => m.end <= t.titleStart && m.kind === 'Country');
      const prev = (bySentence.get(t.sentence - 1) ?? []).filter((m) => m.kind === 'Country');
      const last = before[before.length - 1] ?? (prev.length && new Set(prev.map((m) => m.id)).size === 1 ? prev[0] : undefined);
      if (last) ofId = last.id;
    }
    const key = `${personId}|${t.title}|${ofId}`;
    if (seenRoles.has(key)) continue;
    seenRoles.add(key);
    roles.push({ personId, title: t.title, ofId, start: t.start, end: t.person.end, ...(t.former ? { former: true } : {}) });
  }
  appendAppositiveRoles(text, resolved, roles, seenRoles);
  appendLeadingAppositiveRoles(text, resolved, roles, seenRoles);

  const entities = [...byId.values()];
  return { entities, byId, mentions: resolved, roles, gender };
}

/** "Marco Rubio, the U.S. secretary of state," and "Claudia Sheinbaum, Mexico’s president". */
function appendAppositiveRoles(text: string, mentions: (Mention & { id: string })[], roles: ExtractionRole[], seen: Set<string>): void {
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i]!;
    if (p.kind !== 'Person') continue;
    const tail = text.slice(p.end, p.end + 80);
    const m = /^,\s+(?:the\s+|a\s+)?(former\s+)?/.exec(tail);
    if (!m) continue;
    const former = !!m[1];
    const next = mentions[i + 1];
    let pos = p.end + m[0].length;
    let ofId: string | null = null;
    if (next && next.start === pos && (next.kind === 'Country' || next.kind === 'Organization')) {
      ofId = next.id;
      pos = next.end;
      const poss = /^(?:['’]s)?\s+/.exec(text.slice(pos, pos + 4));
      if (!poss) continue;
      pos += poss[0].length;
    }
    const words = text.slice(pos, pos + 50).split(/(?=[\s,.;])/).map((w) => w.trim()).filter(Boolean);
    const lower = words.map((w) => w.toLowerCase());
    const title = matchTitle(lower, 0);
    if (!title || !ofId) continue;
    // "Ilze Kalniņa, Estonian Prime Minister Mart Kask": a name after the title starts a new person, not an apposition.
    if (/^\p{Lu}/u.test(words[title.tokens.length] ?? '')) continue;
    const key = `${p.id}|${title.title}|${ofId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push({ personId: p.id, title: title.title, ofId, start: p.start, end: pos + words.slice(0, title.tokens.length).join(' ').length, ...(former ? { former: true } : {}) });
  }
}

/**
 * Titles written before a name and set off by a comma: "Ecuador's interior minister, Gabriel Zambrano", "the Ambassador
 * of Tarsk, Ivo Kasik", "his Ivorian counterpart, Mariam Touré" (a counterpart holds the title named before).
 */
function appendLeadingAppositiveRoles(text: string, mentions: (Mention & { id: string })[], roles: ExtractionRole[], seen: Set<string>): void {
  for (let i = 1; i < mentions.length; i++) {
    const p = mentions[i]!;
    if (p.kind !== 'Person') continue;
    const lead = text.slice(Math.max(0, p.start - 90), p.start);
    if (!/(?:,|counterpart)\s+$/.test(lead)) continue; // cheap test before the backtracking one below
    let m = /(?:\b(former)\s+)?([\p{L}][\p{L}\s-]*?),?\s+$/u.exec(lead);
    if (!m) continue;
    const words = m[2]!.split(/\s+/);
    // The title is the longest run of trailing words that reads as one ("interior minister", "Ambassador of Tarsk").
    let title: { title: string; written: string } | undefined;
    for (let k = Math.min(5, words.length); k >= 1 && !title; k--) {
      const tail = words.slice(-k);
      const of = tail.indexOf('of');
      const core = of > 0 ? tail.slice(0, of) : tail;
      const hit = matchTitle(core.map((w) => w.toLowerCase()), 0);
      if (hit && hit.tokens.length === core.length) title = { title: core.join(' '), written: tail.join(' ') };
      else if (core.length === 1 && /^counterpart$/i.test(core[0]!)) title = { title: 'counterpart', written: tail.join(' ') };
    }
    if (!title) continue;
    const titleStart = p.start - (lead.length - lead.lastIndexOf(title.written));
    if (!/,\s*$/.test(lead) && title.title !== 'counterpart') continue;
    // Whose office: a state or body written after "of", or just before the title (possessive or demonym).
    const prior = mentions.slice(Math.max(0, i - 4), i).filter((o) => (o.kind === 'Country' || o.kind === 'Organization') && o.end <= p.start && o.start >= titleStart - 30);
    const ofMention = prior.find((o) => o.start > titleStart) ?? prior.filter((o) => /^(?:['’]s)?\s+(?:(?:his|her|its|their|the)\s+)?$/.test(text.slice(o.end, titleStart)) || o.end === titleStart - 1).pop();
    let written = title.title;
    if (title.title === 'counterpart') {
      // "his Cambodian counterpart Sok Pheakdey": the title of the other person named in the sentence.
      const other = roles.filter((r) => r.end <= p.start && r.end >= p.start - 200).pop();
      if (!other) continue;
      written = other.title;
    }
    if (!ofMention) continue;
    if (!/^\p{Lu}/u.test(written) && /^\p{Lu}/u.test(title.title) === false) written = title.title;
    const key = `${p.id}|${written}|${ofMention.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    m = null;
    roles.push({ personId: p.id, title: written, ofId: ofMention.id, start: Math.min(titleStart, ofMention.start), end: p.end, ...(/former\s+$/.test(text.slice(Math.max(0, titleStart - 8), titleStart)) ? { former: true } : {}) });
  }
}
