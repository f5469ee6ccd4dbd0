// PLOVER gold-standard records (one sentence each, coded dyads) scored with the held-out set's convention (corpora
// README): a gold dyad is found when a predicted event in that sentence has the same PLOVER type and a source and a
// target whose names or ISO codes match the gold actors; a dyad with no target needs only the source.
// - Types: the records use PLOVER 0.5 names; four are mapped onto the 16 types of the 2021 codebook the extractor
//   emits (CAMEO2PLOVER-2021): DEMAND → REQUEST, DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE, FIGHT → ASSAULT.
// - An actor matches when the predicted entity's ISO-2 code is the gold ISO-3 code (world-countries; legacy CAMEO
//   codes JAP/ITL/VTN read as JPN/ITA/VNM), or when its name or a mention shares a name token with the gold actor
//   text ("Russian President Boris Yeltsin" ~ "Boris Yeltsin"; titles never count).
// - Direction is kept: a reciprocal act is coded as two dyads, and a single predicted A→B finds one of them. The
//   report also gives the recall when either direction is accepted, for information.
// - Precision: predicted events (any modality) that find at least one gold dyad of their sentence / all of them.
import type { PloverRecord } from './corpora.ts';
import { iso3Of, normaliseIso3 } from './countryCodes.ts';
import type { ExtractionOutput, OutputEntity } from './extractionOutput.ts';
import { nameTokens, shareNameToken } from './nameTokens.ts';
import { prfFromRates, ratio, type Prf, type Ratio } from './prf.ts';
import type { ArticleRecord } from './runExtractorCli.ts';

export const PLOVER_TYPE_MAP: Record<string, string> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

export interface PloverReport {
  sentences: number;
  dyads: number;
  prf: Prf;
  /** Recall when a dyad may also be found in the reverse direction (information only). */
  recallEitherDirection: Ratio;
  /** Recall with the type ignored (right actors, any event type): how much is lost to typing. */
  recallAnyType: Ratio;
  byType: Record<string, Ratio>;
  misses: Record<string, string[]>;
}

export function ploverRecords(records: PloverRecord[]): ArticleRecord[] {
  return records.map((r) => ({ id: r.id, text: r.text, ...(r.date ? { publishedAt: r.date } : {}) }));
}

interface GoldActor {
  text: string | null;
  iso3: string | null;
}

function actorMatches(e: OutputEntity | undefined, gold: GoldActor, outText: string): boolean {
  if (!e) return false;
  if (gold.iso3 !== null && iso3Of(e.iso2) === gold.iso3) return true;
  if (!gold.text) return false;
  const pred = nameTokens([e.name, ...e.mentions.map((m) => outText.slice(m.start, m.end))].join(' '));
  return shareNameToken(nameTokens(gold.text), pred);
}

export function scorePlover(records: PloverRecord[], outputs: Map<string, ExtractionOutput>): PloverReport {
  let dyads = 0,
    found = 0,
    either = 0,
    anyType = 0,
    predicted = 0,
    predictedHit = 0;
  const byType = new Map<string, { n: number; found: number }>();
  const misses: Record<string, string[]> = {};
  for (const rec of records) {
    const x = outputs.get(rec.id);
    const list: string[] = x ? [] : ['no output from the extractor CLI'];
    const entities = new Map((x?.entities ?? []).map((e) => [e.id, e]));
    const events = x?.events ?? [];
    const hitEvents = new Set<number>();
    for (const d of rec.events) {
      dyads++;
      const type = PLOVER_TYPE_MAP[d.code] ?? d.code;
      const src: GoldActor = { text: d.source_actor, iso3: normaliseIso3(d.source_code) };
      const tgt: GoldActor | null =
        d.target_actor || d.target_code ? { text: d.target_actor, iso3: normaliseIso3(d.target_code) } : null;
      const t = byType.get(type) ?? { n: 0, found: 0 };
      byType.set(type, t);
      t.n++;
      const matches = (ev: (typeof events)[number], s: GoldActor, g: GoldActor | null) =>
        ev.sourceIds.some((id) => actorMatches(entities.get(id), s, x!.text)) &&
        (g === null || ev.targetIds.some((id) => actorMatches(entities.get(id), g, x!.text)));
      let hit = false;
      for (const [i, ev] of events.entries()) {
        if (ev.type === type && matches(ev, src, tgt)) {
          hit = true;
          hitEvents.add(i);
        }
      }
      if (hit) {
        found++;
        t.found++;
      }
      if (hit || events.some((ev) => ev.type === type && tgt !== null && matches(ev, tgt, src))) either++;
      if (events.some((ev) => matches(ev, src, tgt))) anyType++;
      if (!hit) {
        const got =
          events.map((ev) => `${ev.type} ${ev.sourceIds.join('+')}→${ev.targetIds.join('+')}`).join('; ') || 'no event';
        list.push(
          `dyad missed ${type}${type !== d.code ? ` (${d.code})` : ''} ${d.source_actor ?? '?'} [${d.source_code ?? '-'}] → ${d.target_actor ?? '-'} [${d.target_code ?? '-'}]; predicted: ${got}`,
        );
      }
    }
    events.forEach((ev, i) => {
      predicted++;
      if (hitEvents.has(i)) predictedHit++;
      else
        list.push(
          `event spurious ${ev.type} ${ev.sourceIds.join('+')}→${ev.targetIds.join('+')} "${ev.evidence.slice(0, 50)}"`,
        );
    });
    misses[rec.id] = list;
  }
  return {
    sentences: records.length,
    dyads,
    prf: prfFromRates(predictedHit, predicted, found, dyads),
    recallEitherDirection: ratio(either, dyads),
    recallAnyType: ratio(anyType, dyads),
    byType: Object.fromEntries([...byType].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => [k, ratio(v.found, v.n)])),
    misses,
  };
}
