import type { EntityKind } from '@newsgraph/model';
import type { EntityIndex } from './buildEntities.ts';
import type { SentenceTokens } from './findMentions.ts';
import { quoteAt, type Quote } from '../quotes/findQuoteSpans.ts';
import { matchTitle } from './roleTitles.ts';

/** A span that names or refers to one or more entities: what speakers and event actors are read from. */
export interface ActorSpan {
  start: number;
  end: number;
  ids: string[];
  kinds: EntityKind[];
  /** Named mention, or a pronoun/description resolved to it. */
  via: 'mention' | 'reference';
  /** Demonym or adjective ("Mexican"): names a country but usually modifies the next word. */
  adjective: boolean;
  sentence: number;
}

const PRONOUNS: Record<string, 'f' | 'm'> = { she: 'f', her: 'f', hers: 'f', herself: 'f', he: 'm', him: 'm', his: 'm', himself: 'm' };
const PLURAL_PEOPLE = /^(?:the|both)\s+(?:two\s+)?(?:officials|leaders|ministers|men|women|presidents|diplomats|envoys|sides|counterparts)\b/i;
const MAX_SENTENCE_DISTANCE = 3;
// "both sides", "the two countries": a pair of states, read as the two countries last named together.
const STATE_PAIR = /^(?:both|the\s+two)\s+(?:sides|countries|governments|capitals|nations|neighbou?rs|states|armies)\b/i;
const PAIR_GAP = /^\s*(?:,|and|,\s*and|or|-|–|\/|&)\s*$/;

export function resolveReferences(text: string, sents: SentenceTokens[], index: EntityIndex, quotes: Quote[]): ActorSpan[] {
  const spans: ActorSpan[] = index.mentions.map((m) => ({
    start: m.start, end: m.end, ids: [m.id], kinds: [m.kind], via: 'mention', adjective: !!m.adjective, sentence: m.sentence,
  }));
  const roleOf = new Map<string, { title: string; ofId: string | null }[]>();
  for (const r of index.roles) roleOf.set(r.personId, [...(roleOf.get(r.personId) ?? []), { title: r.title.toLowerCase(), ofId: r.ofId }]);
  const recent: { id: string; sentence: number; pos: number }[] = [];
  const mentionsBySentence = new Map<number, typeof index.mentions>();
  for (const m of index.mentions) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  const mentionAt = new Map<number, (typeof index.mentions)[number]>();
  for (const m of index.mentions) if (m.kind === 'Country' || m.kind === 'Organization') mentionAt.set(m.start, m);
  const gender = index.gender;
  const countries = index.mentions.filter((m) => m.kind === 'Country').sort((a, b) => a.start - b.start);

  const touch = (id: string, sentence: number, pos: number) => {
    const i = recent.findIndex((r) => r.id === id);
    if (i >= 0) recent.splice(i, 1);
    recent.unshift({ id, sentence, pos });
  };
  const addRef = (start: number, end: number, ids: string[], sentence: number) => {
    for (const id of ids) index.byId.get(id)?.references.push({ start, end });
    spans.push({ start, end, ids, kinds: ids.map((id) => index.byId.get(id)!.kind), via: 'reference', adjective: false, sentence });
  };

  for (const st of sents) {
    const s = st.sentence.index;
    const ms = (mentionsBySentence.get(s) ?? []).filter((m) => m.kind === 'Person');
    let mi = 0;
    const tokens = st.tokens;
    const lower = tokens.map((t) => t.text.toLowerCase());
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (mi < ms.length && ms[mi]!.start <= t.start) { touch(ms[mi]!.id, s, ms[mi]!.start); mi++; }
      if (quoteAt(quotes, t.start)) continue; // "I", "we", "she" inside a quote speak from the speaker's side
      const g = PRONOUNS[lower[i]!];
      if (g) {
        const target = recent.find((r) => s - r.sentence <= MAX_SENTENCE_DISTANCE && (gender.get(r.id) ?? g) === g);
        if (target) {
          if (!gender.has(target.id)) gender.set(target.id, g);
          addRef(t.start, t.end, [target.id], s);
          touch(target.id, s, t.start);
        }
        continue;
      }
      if (lower[i] !== 'the' && lower[i] !== 'both') continue;
      const rest = text.slice(t.start, Math.min(st.sentence.end, t.start + 60));
      const pairNoun = STATE_PAIR.exec(rest);
      const pair = pairNoun ? lastCountryPair(text, countries, t.start) : undefined;
      if (pairNoun && pair) {
        addRef(t.start, t.start + pairNoun[0].length, pair, s);
        continue;
      }
      const plural = PLURAL_PEOPLE.exec(rest);
      if (plural) {
        const prev = [...(mentionsBySentence.get(s - 1) ?? []), ...(mentionsBySentence.get(s) ?? [])].filter((m) => m.kind === 'Person' && m.start < t.start);
        const ids = [...new Set(prev.map((m) => m.id))];
        if (ids.length >= 2) addRef(t.start, t.start + plural[0].length, ids, s);
        continue;
      }
      // "the (former) (Mexican|U.S.) president": a title without a name after it.
      let j = i + 1;
      if (['former', 'current', 'then', 'new'].includes(lower[j] ?? '')) j++;
      let ofId: string | null = null;
      const countryMention = tokens[j] ? mentionAt.get(tokens[j]!.start) : undefined;
      if (countryMention) {
        ofId = countryMention.id;
        while (j < tokens.length && tokens[j]!.start < countryMention.end) j++;
        if (lower[j] === '’s' || lower[j] === "'s") j++;
      }
      const title = matchTitle(lower, j);
      if (!title) continue;
      const after = tokens[j + title.tokens.length];
      if (after && after.cap && after.word) continue; // "the President Donald Trump": a named mention, not a reference
      const want = title.title.toLowerCase();
      const target = recent.find((r) => (roleOf.get(r.id) ?? []).some((ro) => (ro.title === want || ro.title.endsWith(` ${want}`) || ro.title === title.tokens.join(' ')) && (!ofId || ro.ofId === ofId)));
      if (!target) continue;
      const end = tokens[j + title.tokens.length - 1]!.end;
      addRef(t.start, end, [target.id], s);
      touch(target.id, s, t.start);
      i = j + title.tokens.length - 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The pair of countries meant by "both sides": of the pairs written side by side ("Carvenia and Lusmark",
 * "Thai-Cambodian") before `pos`, the one most mentioned so far (the article's protagonists), the later on a tie.
 */
function lastCountryPair(text: string, countries: { start: number; end: number; id: string; sentence: number }[], pos: number): string[] | undefined {
  let hi = countries.findIndex((m) => m.start >= pos);
  if (hi < 0) hi = countries.length;
  const count = new Map<string, number>();
  for (let i = 0; i < hi; i++) count.set(countries[i]!.id, (count.get(countries[i]!.id) ?? 0) + 1);
  let best: string[] | undefined;
  let bestScore = 0;
  for (let i = 1; i < hi; i++) {
    const a = countries[i - 1]!;
    const b = countries[i]!;
    if (a.id === b.id || a.end > b.start || !PAIR_GAP.test(text.slice(a.end, b.start))) continue;
    const score = Math.min(count.get(a.id)!, count.get(b.id)!);
    if (score >= bestScore) { best = [a.id, b.id]; bestScore = score; }
  }
  // "the Minister of Chile, X, and the Minister of Argentina, Y": the two most-named states, named in one sentence, also pair.
  const [first, second] = [...count].sort((x, y) => y[1] - x[1]);
  if (first && second && second[1] > bestScore) {
    const together = countries.slice(0, hi).some((m) => m.id === first[0] && countries.slice(0, hi).some((o) => o.id === second[0] && o.sentence === m.sentence));
    const order = countries.find((m) => m.id === first[0] || m.id === second[0])!.id === first[0] ? [first[0], second[0]] : [second[0], first[0]];
    if (together) best = order;
  }
  return best;
}
