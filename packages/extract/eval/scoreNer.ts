// Named-entity recognition the way the held-out NER set is scored: exact span + type over PER/LOC/ORG.
// Gold spans: every whole-word occurrence of each gold mention string (longest first, as the entity scorer);
// predicted spans: each entity's `mentions`. Country and Location → LOC, Person → PER, Organization → ORG,
// Group has no NER type and is ignored on both sides.
import type { ExtractionOutput } from './extractionOutput.ts';
import type { GoldAnnotation } from './gold/validateGoldExample.ts';
import { isDemonym } from './countryCodes.ts';
import { emptyCounts, type Counts } from './prf.ts';
import { goldMentionSpans } from './scoreExample.ts';

export type NerType = 'PER' | 'LOC' | 'ORG';
export const NER_TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG'];

const NER_TYPE: Record<string, NerType | undefined> = {
  Person: 'PER',
  Country: 'LOC',
  Location: 'LOC',
  Organization: 'ORG',
};

export interface NerScore {
  /** Per type and `all`; `conll` counts a demonym ("Egyptian", "Americans") as MISC, i.e. ignores it on both sides. */
  counts: Record<NerType | 'all', Counts>;
  conll: Counts;
  misses: string[];
}

interface Span {
  start: number;
  end: number;
  type: NerType;
}

export function scoreNer(x: ExtractionOutput, gold: GoldAnnotation, limit: number): NerScore {
  const body = x.text;
  const goldSpans: Span[] = goldMentionSpans(body, gold, limit).flatMap((g) => {
    const type = NER_TYPE[g.kind];
    return type ? [{ start: g.start, end: g.end, type }] : [];
  });
  const predByKey = new Map<string, Span>();
  for (const e of x.entities) {
    const type = NER_TYPE[e.kind];
    if (!type) continue;
    for (const m of e.mentions)
      if (m.end <= limit) predByKey.set(`${m.start}:${m.end}:${type}`, { start: m.start, end: m.end, type });
  }
  const goldByKey = new Map(goldSpans.map((g) => [`${g.start}:${g.end}:${g.type}`, g]));
  const counts = { PER: emptyCounts(), LOC: emptyCounts(), ORG: emptyCounts(), all: emptyCounts() };
  const conll = emptyCounts();
  const misses: string[] = [];
  const bump = (s: Span, k: keyof Counts) => {
    counts[s.type][k]++;
    counts.all[k]++;
    if (!isDemonym(body.slice(s.start, s.end))) conll[k]++;
  };
  for (const [key, g] of goldByKey) {
    if (predByKey.has(key)) bump(g, 'tp');
    else {
      bump(g, 'fn');
      misses.push(`ner missed ${g.type} "${body.slice(g.start, g.end)}"@${g.start}`);
    }
  }
  for (const [key, p] of predByKey) {
    if (goldByKey.has(key)) continue;
    bump(p, 'fp');
    misses.push(`ner spurious ${p.type} "${body.slice(p.start, p.end)}"@${p.start}`);
  }
  return { counts, conll, misses };
}
