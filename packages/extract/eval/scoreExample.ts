// Scores one extraction (as the CLI prints it) against one gold annotation with the rules of the gold format (span
// match for entities, (person, title, of) for roles, speakers + quote overlap for statements, type + actors + date for
// events).
import type { ExtractionOutput } from './extractionOutput.ts';
import { wholeWordOccurrences, type GoldAnnotation } from './gold/validateGoldExample.ts';
import { emptyCounts as empty, type Counts } from './prf.ts';

export type Category = 'entities' | `entities:${string}` | 'roles' | 'statements' | 'events';

export interface ExampleScore {
  counts: Map<Category, Counts>;
  misses: string[];
}

/** Gold mention spans: every whole-word occurrence of each listed string, longest strings claim first. */
export function goldMentionSpans(
  body: string,
  gold: GoldAnnotation,
  limit: number,
): { start: number; end: number; kind: string; entity: string }[] {
  const strings = gold.entities.flatMap((e) => e.mentions.map((m) => ({ m, kind: e.kind, entity: e.name })));
  strings.sort((a, b) => b.m.length - a.m.length);
  const taken: { start: number; end: number; kind: string; entity: string }[] = [];
  for (const s of strings) {
    for (const start of wholeWordOccurrences(body, s.m)) {
      const end = start + s.m.length;
      if (end > limit) continue;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end, kind: s.kind, entity: s.entity });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function scoreExample(x: ExtractionOutput, gold: GoldAnnotation): ExampleScore {
  const body = x.text;
  const counts = new Map<Category, Counts>();
  const misses: string[] = [];
  const bump = (c: Category, k: keyof Counts, n = 1) => {
    const v = counts.get(c) ?? empty();
    v[k] += n;
    counts.set(c, v);
  };
  const cut = gold.bodyEndsBefore ? body.indexOf(gold.bodyEndsBefore) : -1;
  const limit = cut >= 0 ? cut : body.length;

  // Entities: exact (start, end, kind).
  const goldSpans = goldMentionSpans(body, gold, limit);
  const predSpans = x.entities.flatMap((e) =>
    e.mentions.filter((m) => m.end <= limit).map((m) => ({ ...m, kind: e.kind, id: e.id })),
  );
  const goldKey = new Set(goldSpans.map((g) => `${g.start}:${g.end}:${g.kind}`));
  const predKey = new Set(predSpans.map((p) => `${p.start}:${p.end}:${p.kind}`));
  for (const g of goldSpans) {
    const hit = predKey.has(`${g.start}:${g.end}:${g.kind}`);
    bump('entities', hit ? 'tp' : 'fn');
    bump(`entities:${g.kind}`, hit ? 'tp' : 'fn');
    if (!hit) misses.push(`entity missed ${g.kind} "${body.slice(g.start, g.end)}"@${g.start}`);
  }
  for (const p of predSpans) {
    if (goldKey.has(`${p.start}:${p.end}:${p.kind}`)) continue;
    bump('entities', 'fp');
    bump(`entities:${p.kind}`, 'fp');
    misses.push(`entity spurious ${p.kind} "${body.slice(p.start, p.end)}"@${p.start}`);
  }

  // Gold entity name → predicted entity id, by the most shared mention spans.
  const idFor = new Map<string, string>();
  for (const e of gold.entities) {
    const votes = new Map<string, number>();
    for (const g of goldSpans.filter((s) => s.entity === e.name)) {
      for (const p of predSpans) if (p.start < g.end && g.start < p.end) votes.set(p.id, (votes.get(p.id) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    idFor.set(e.name, best ? best[0] : `missing:${e.name}`);
  }
  const ids = (names: string[] | undefined) => (names ?? []).map((n) => idFor.get(n) ?? `missing:${n}`);

  // Roles.
  const predRoles = x.roles.map((r) => `${r.personId}|${r.title.toLowerCase()}|${r.ofId}`);
  const unusedRoles = new Set(predRoles.map((_, i) => i));
  for (const r of gold.roles) {
    const key = `${ids([r.person])[0]}|${r.title.toLowerCase()}|${ids([r.of])[0]}`;
    const i = [...unusedRoles].find((j) => predRoles[j] === key);
    if (i === undefined) {
      bump('roles', 'fn');
      misses.push(`role missed ${r.person} ${r.title} of ${r.of}`);
    } else {
      unusedRoles.delete(i);
      bump('roles', 'tp');
    }
  }
  for (const i of unusedRoles) {
    bump('roles', 'fp');
    misses.push(`role spurious ${predRoles[i]}`);
  }

  // Statements: same speaker set and ≥ 50 % of the gold quote's characters inside the predicted span.
  const unusedSt = new Set(x.statements.map((_, i) => i));
  for (const s of gold.statements) {
    const qs = body.indexOf(s.quote);
    const qe = qs + s.quote.length;
    const want = new Set(ids(s.speakers));
    const i = [...unusedSt].find((j) => {
      const p = x.statements[j]!;
      const same = p.speakerIds.length === want.size && p.speakerIds.every((id) => want.has(id));
      const overlap = Math.max(0, Math.min(qe, p.end) - Math.max(qs, p.start));
      return same && qs >= 0 && overlap >= 0.5 * s.quote.length;
    });
    if (i === undefined) {
      bump('statements', 'fn');
      misses.push(`statement missed ${s.speakers.join('+')} ${s.verb} "${s.quote.slice(0, 60)}"`);
    } else {
      unusedSt.delete(i);
      bump('statements', 'tp');
    }
  }
  for (const i of unusedSt) {
    const p = x.statements[i]!;
    bump('statements', 'fp');
    misses.push(`statement spurious ${p.speakerIds.join('+')} ${p.verb} "${p.quote.slice(0, 60)}"`);
  }

  // Events: type, one source and one target in common, equal date (null equals null).
  const unusedEv = new Set(x.events.map((_, i) => i));
  for (const e of gold.events) {
    const src = new Set(ids(e.sources));
    const tgt = new Set(ids(e.targets));
    const i = [...unusedEv].find((j) => {
      const p = x.events[j]!;
      return (
        p.type === e.type &&
        p.sourceIds.some((id) => src.has(id)) &&
        p.targetIds.some((id) => tgt.has(id)) &&
        (p.date?.value ?? null) === e.date
      );
    });
    if (i === undefined) {
      bump('events', 'fn');
      misses.push(`event missed ${e.type} ${e.sources.join('+')}→${e.targets.join('+')} ${e.date} "${e.evidence}"`);
    } else {
      unusedEv.delete(i);
      bump('events', 'tp');
    }
  }
  for (const i of unusedEv) {
    const p = x.events[i]!;
    bump('events', 'fp');
    misses.push(
      `event spurious ${p.type} ${p.sourceIds.join('+')}→${p.targetIds.join('+')} ${p.date?.value ?? null} "${p.evidence}"`,
    );
  }
  return { counts, misses };
}
