// Junk entities (issue 9's target: ≤ 5 % on the Wikinews gold; the issue counts "fragments, wrong kinds or unmerged
// duplicates"): a predicted entity is a fragment when its mentions overlap gold mentions but none matches one exactly,
// of the wrong kind when the gold entity it names has another kind, and a duplicate when a second predicted entity
// names the same gold entity (the one with the most exact spans keeps it). An entity whose mentions overlap no gold
// mention at all is counted apart as "not in the gold": a spurious name ("Twin" as a person) or one the annotators
// left out ("Volvo") — the score cannot tell which, so it is printed beside the junk rate, never hidden in it.
import type { ExtractionOutput } from './extractionOutput.ts';
import type { GoldAnnotation } from './gold/validateGoldExample.ts';
import { goldMentionSpans } from './scoreExample.ts';

export interface JunkScore {
  entities: number;
  fragment: number;
  /** Entities overlapping no gold mention at all (spurious or unannotated). */
  notInGold: number;
  wrongKind: number;
  duplicate: number;
  misses: string[];
}

export function scoreEntityJunk(x: ExtractionOutput, gold: GoldAnnotation, limit: number): JunkScore {
  const body = x.text;
  const goldBySpan = new Map(goldMentionSpans(body, gold, limit).map((g) => [`${g.start}:${g.end}`, g]));
  const kindOf = new Map(gold.entities.map((e) => [e.name, e.kind as string]));
  const score: JunkScore = { entities: 0, fragment: 0, notInGold: 0, wrongKind: 0, duplicate: 0, misses: [] };
  const goldSpans = [...goldBySpan.values()];
  const overlapsGold = (m: { start: number; end: number }) => goldSpans.some((g) => g.start < m.end && m.start < g.end);
  const claims: { id: string; name: string; goldEntity: string; spans: number }[] = [];
  for (const e of x.entities) {
    const mentions = e.mentions.filter((m) => m.end <= limit);
    if (mentions.length === 0) continue;
    score.entities++;
    const votes = new Map<string, number>();
    for (const m of mentions) {
      const g = goldBySpan.get(`${m.start}:${m.end}`);
      if (g) votes.set(g.entity, (votes.get(g.entity) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (!best && !mentions.some(overlapsGold)) {
      score.notInGold++;
      score.misses.push(`entity not in the gold ${e.kind} "${e.name}"`);
    } else if (!best) {
      score.fragment++;
      score.misses.push(`junk entity (fragment) ${e.kind} "${e.name}"`);
    } else if (kindOf.get(best[0]) !== e.kind) {
      score.wrongKind++;
      score.misses.push(`junk entity (wrong kind) ${e.kind} "${e.name}" is ${kindOf.get(best[0])} ${best[0]}`);
    } else {
      claims.push({ id: e.id, name: e.name, goldEntity: best[0], spans: best[1] });
    }
  }
  const byGold = new Map<string, typeof claims>();
  for (const c of claims) byGold.set(c.goldEntity, [...(byGold.get(c.goldEntity) ?? []), c]);
  for (const [goldEntity, list] of byGold) {
    list.sort((a, b) => b.spans - a.spans || a.id.localeCompare(b.id));
    for (const dup of list.slice(1)) {
      score.duplicate++;
      score.misses.push(`junk entity (duplicate of ${list[0]!.name}) "${dup.name}" for gold ${goldEntity}`);
    }
  }
  return score;
}
