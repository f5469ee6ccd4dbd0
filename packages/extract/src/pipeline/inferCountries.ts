import { matchGazetteer, NON_ENTITY_CAPS, type GazetteerEntry } from './gazetteer.ts';
import type { SentenceTokens } from './findMentions.ts';
import { matchTitle } from './roleTitles.ts';

// Nouns that, after "X’s", mark X as a state: "Veyra’s government", "Lusmark’s navy".
const STATE_NOUNS = /^(?:government|president|presidency|foreign|military|army|navy|air|armed|parliament|prime|defen[cs]e|economy|capital|central|border|borders|ambassador|minister|ministry|coast|coastline|ports?|oil|exports|imports|sovereignty|territory|troops|forces|embassy|leadership|cabinet|currency|interior|finance|security)$/i;
const STATE_HEADS = /^(?:government|president|republic|kingdom|people|capital|parliament|embassy|territory|sovereignty|leaders?|citizens)$/i;

/**
 * Invented or unlisted countries: single capitalised words used the way states are ("Veyra’s government",
 * "the government of Tarsk", "Harlund and Veyra") and their demonyms ("Tarskan Foreign Minister").
 * Returns extra single-token gazetteer entries for this article only.
 */
export function inferCountries(sents: SentenceTokens[]): Map<string, GazetteerEntry> {
  const names = new Set<string>();
  const demonymBeforeTitle = new Set<string>();
  const capWords = new Set<string>();
  const unknown = (w: string | undefined, texts: string[], i: number) =>
    !!w && /^\p{Lu}[\p{Ll}\p{M}]{2,}$/u.test(w) && !NON_ENTITY_CAPS.has(w) && !matchGazetteer(texts, i);
  for (const st of sents) {
    if (st.headline) continue;
    const texts = st.tokens.map((t) => t.text);
    const lower = texts.map((t) => t.toLowerCase());
    for (let i = 0; i < texts.length; i++) {
      const w = texts[i]!;
      if (i > 0 && /^\p{Lu}/u.test(w)) capWords.add(w);
      if (!unknown(w, texts, i)) continue;
      const prevIsCap = i > 0 && /^\p{Lu}/u.test(texts[i - 1]!) && texts[i - 1] !== 'The';
      const nextIsCap = /^\p{Lu}/u.test(texts[i + 1] ?? '');
      if ((texts[i + 1] === '’s' || texts[i + 1] === "'s") && STATE_NOUNS.test(texts[i + 2] ?? '') && !prevIsCap) names.add(w);
      if (texts[i - 1] === 'of' && STATE_HEADS.test(texts[i - 2] ?? '') && !nextIsCap) names.add(w);
      const title = matchTitle(lower, i + 1);
      if (title && /(?:an|ian|ese|ish|i)$/.test(w) && !prevIsCap) demonymBeforeTitle.add(w);
    }
  }
  // "between Carvenia and Lusmark", "Harlund, Veyra and Ostrel": a word coordinated with a state is a state too.
  const isState = (texts: string[], i: number) => names.has(texts[i]!) || stems.has(texts[i]!) || (matchGazetteer(texts, i)?.kind === 'Country' && !matchGazetteer(texts, i)!.adjective);
  const standalone = (texts: string[], i: number) => !/^\p{Lu}/u.test(texts[i - 1] ?? '') && !/^\p{Lu}/u.test(texts[i + 1] ?? '') && !/^['’]s$/.test(texts[i + 1] ?? '') || /^['’]s$/.test(texts[i + 1] ?? '');
  const stems = new Set([...capWords].filter((w) => [...demonymBeforeTitle].some((d) => d.startsWith(w.replace(/[aeiouy]$/, '')) && d !== w)));
  for (let round = 0; round < 2; round++) {
    for (const st of sents) {
      if (st.headline) continue;
      const texts = st.tokens.map((t) => t.text);
      for (let i = 0; i + 2 < texts.length; i++) {
        if (texts[i + 1] !== 'and' && texts[i + 1] !== ',') continue;
        for (const [known, other] of [[i, i + 2], [i + 2, i]] as const) {
          if (isState(texts, known) && unknown(texts[other], texts, other) && standalone(texts, other) && !/^(?:of|for|the)$/i.test(texts[Math.min(i, other) - 1] ?? '') && (texts[i + 1] === 'and' || texts[i + 3] === 'and')) names.add(texts[other]!);
        }
      }
    }
  }
  const out = new Map<string, GazetteerEntry>();
  for (const n of names) out.set(n, { tokens: [n], kind: 'Country', name: n, adjective: false });
  // Demonyms: Valdoria → Valdorian, Tarsk → Tarskan, Kestria → Kestrian, Ardessa → Ardessan.
  const demonymsOf = (n: string) => [`${n}n`, `${n}an`, `${n}ian`, `${n}ese`, `${n}i`, `${n.replace(/[aeiouy]$/, '')}an`, `${n.replace(/[aeiouy]$/, '')}ian`];
  for (const n of names) {
    for (const d of demonymsOf(n)) {
      if (capWords.has(d) || demonymBeforeTitle.has(d)) out.set(d, { tokens: [d], kind: 'Country', name: n, adjective: true });
    }
  }
  for (const d of demonymBeforeTitle) {
    if (out.has(d)) continue;
    // A demonym with no country name in the article: the country is named after its stem.
    const stem = [...capWords].find((w) => demonymsOf(w).includes(d));
    const name = stem ?? d.replace(/(?:ian|an|ese|ish|i)$/, '') ;
    if (name.length < 3) continue;
    out.set(d, { tokens: [d], kind: 'Country', name, adjective: true });
    if (stem && !out.has(stem)) out.set(stem, { tokens: [stem], kind: 'Country', name: stem, adjective: false });
  }
  return out;
}
