import * as chrono from 'chrono-node';
import type { TextDate } from '@newsgraph/model';
import type { Span } from '../extractionSchema.ts';

export interface DateHit extends Span {
  date: TextDate;
}

export interface DateResolver {
  /** Dates written inside the span, resolved against publishedAt; relative ones are dropped without an anchor. */
  datesIn(span: Span): DateHit[];
}

// Cheap pre-check so chrono only runs on sentences that can hold a date.
const DATE_HINT =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[\s,;:]|$)|\b(?:today|yesterday|tomorrow|tonight|week|month|year|ago)\b|\b(?:1[89]|20)\d\d\b/i;
const USEFUL =
  /\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|today|yesterday|tomorrow|tonight|week|month|year/;
const FUTURE = /\b(?:next|coming|upcoming|will|would|plans?|planned|scheduled|expected)\b/i;
const MAX_TEXT_CACHE = 5000;
const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function makeDateResolver(text: string, publishedAt: string | null): DateResolver {
  // Noon UTC on the publication day: chrono never falls back to the clock, so output stays deterministic.
  // Only a publication day anchors relative dates: "on Monday" in a paper dated "2026" or "2026-03" says no day.
  const parsed =
    publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`) : null;
  const anchor = parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
  const ref = anchor ?? new Date('2000-01-01T12:00:00Z');
  const cache = new Map<string, DateHit[]>();
  const byText = new Map<string, DateHit[]>();
  return {
    datesIn(span: Span): DateHit[] {
      const key = `${span.start}:${span.end}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const slice = text.slice(span.start, span.end);
      // Chrono's answer depends only on the words and the anchor, so sentences repeated verbatim are parsed once.
      const known = byText.get(slice);
      if (known) {
        const shifted = known.map((d) => ({ ...d, start: d.start + span.start, end: d.end + span.start }));
        cache.set(key, shifted);
        return shifted;
      }
      const out: DateHit[] = [];
      if (slice.length <= 5000 && DATE_HINT.test(slice)) {
        for (const r of chrono.parse(slice, { instant: ref, timezone: 0 })) {
          if (!USEFUL.test(r.text) || /^\d{1,2}$/.test(r.text.trim())) continue;
          if (/^may\b/.test(r.text)) continue; // the modal verb, not the month
          const date = toTextDate(r, anchor, slice);
          if (date) out.push({ start: span.start + r.index, end: span.start + r.index + date.text.length, date });
        }
        for (const m of slice.matchAll(/\b(?:in|since|during|by|until|of)\s+((?:19|20)\d\d)\b(?!\s*(?:[-–]\s*)?\d)/g)) {
          const s = span.start + m.index + m[0].length - m[1]!.length;
          if (out.some((o) => o.start <= s && s < o.end)) continue;
          out.push({ start: s, end: s + 4, date: { value: m[1]!, precision: 'year', text: m[1]! } });
        }
        out.sort((a, b) => a.start - b.start);
      }
      cache.set(key, out);
      if (byText.size >= MAX_TEXT_CACHE) byText.clear();
      byText.set(
        slice,
        out.map((d) => ({ ...d, start: d.start - span.start, end: d.end - span.start })),
      );
      return out;
    },
  };
}

function toTextDate(r: chrono.ParsedResult, anchor: Date | null, sentence: string): TextDate | null {
  const s = r.start;
  // chrono sometimes swallows the comma after "on Monday,"; the original words stop before it.
  const words = r.text.replace(/[\s,.;:]+$/, '');
  const relative = !s.isCertain('year');
  if (relative && !anchor) return null; // "Friday" or "March 3" mean nothing without a publication date
  const d = s.date();
  if (/\bweek\b/i.test(words)) {
    // chrono puts "this week" on the Sunday before; the week meant is the one holding the publication day.
    const shift = /\b(?:last|past|previous)\b/i.test(words)
      ? -7
      : /\b(?:next|coming)\b/i.test(words)
        ? 7
        : /\bthis\b/i.test(words)
          ? 0
          : null;
    const base = anchor && shift !== null && !/\d|ago/.test(words) ? new Date(anchor.getTime() + shift * 86400000) : d;
    const day = base.getUTCDay();
    const monday = new Date(base.getTime() - ((day + 6) % 7) * 86400000);
    return { value: isoDay(monday), precision: 'week', text: words };
  }
  if (s.isCertain('day') || s.isCertain('weekday') || /today|yesterday|tomorrow|tonight|ago/i.test(words)) {
    let day = d;
    // News reports the past: a bare weekday after the publication day means the previous week's.
    if (anchor && s.isCertain('weekday') && !s.isCertain('day') && day.getTime() > anchor.getTime() + 12 * 3600000) {
      // "will travel to Seoul on Thursday and Tokyo on Friday": the future auxiliary may sit a clause back.
      const around = sentence.slice(Math.max(0, r.index - 70), r.index + r.text.length);
      if (!FUTURE.test(around)) day = new Date(day.getTime() - 7 * 86400000);
    }
    return { value: isoDay(day), precision: 'day', text: words };
  }
  if (s.isCertain('month')) {
    let year = d.getUTCFullYear();
    // "fought a border conflict in July" in a January paper: a bare month told in the past is the last such month.
    if (
      anchor &&
      relative &&
      !/\b(?:next|this|coming|later)\b/i.test(words) &&
      (year > anchor.getUTCFullYear() || (year === anchor.getUTCFullYear() && d.getUTCMonth() > anchor.getUTCMonth()))
    ) {
      // "to be held … in May", "commits them to talks in March": an infinitive looks ahead.
      const around = sentence.slice(Math.max(0, r.index - 60), r.index + r.text.length);
      if (!FUTURE.test(around) && !/\bto\s/i.test(around)) year -= 1;
    }
    return { value: `${year}-${pad(d.getUTCMonth() + 1)}`, precision: 'month', text: words };
  }
  if (s.isCertain('year')) return { value: String(d.getUTCFullYear()), precision: 'year', text: words };
  return null;
}
