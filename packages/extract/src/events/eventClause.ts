// The clause an event is told in, for its date and place: the tokens under the clause's verb that no nested clause
// owns ("agreed on Tuesday" dates the agreement; "officials said Thursday" dates the saying, not the event).
import type { ArticleContext } from '../article/articleContext.ts';
import type { DateHit } from '../dates/resolveDates.ts';

/** Children that open a clause of their own, with its own date. */
const NESTED = new Set(['ccomp', 'advcl', 'relcl', 'acl', 'parataxis', 'csubj', 'xcomp']);
/** Clauses that lend their date to a dependent one that has none: coordinated verbs, participles, to-complements. */
const SHARES_DATE = new Set(['conj', 'xcomp', 'advcl']);

export function ownedTokens(ctx: ArticleContext, head: number): Set<number> {
  const { doc } = ctx;
  const out = new Set<number>();
  const stack = [head];
  while (stack.length) {
    const x = stack.pop()!;
    out.add(x);
    for (const c of doc.children(x)) {
      const d = doc.dep[c]!;
      if (NESTED.has(d)) {
        // "closed the border last month after guards reported …": a time phrase before the conjunction is the
        // main clause's, whatever the parser attached it to.
        const mark = doc.childrenWith(c, 'mark')[0];
        if (d === 'advcl' && mark !== undefined)
          for (const t of doc.childrenWith(c, 'npadvmod')) if (t < mark && t > x) stack.push(t);
        continue;
      }
      if (d === 'conj' && (doc.pos[c] === 'VERB' || doc.pos[c] === 'AUX')) continue;
      stack.push(c);
    }
  }
  return out;
}

/** The date written in the clause headed by `head`, else in the clause it coordinates with or completes. */
export function clauseDate(ctx: ArticleContext, head: number): DateHit | null {
  const { doc } = ctx;
  const sent = doc.sentenceOf(head);
  const hits = ctx.dates.datesIn({ start: sent.start, end: sent.end });
  if (!hits.length) return null;
  let x = head;
  for (let steps = 0; steps < 4; steps++) {
    const owned = ownedTokens(ctx, x);
    const own = hits.filter((h) => {
      const [first, last] = doc.tokensIn(h.start, h.end);
      for (let t = first; t <= last; t++) if (owned.has(t)) return true;
      return false;
    });
    if (own.length)
      return own.reduce((best, h) =>
        Math.abs(h.start - doc.start[head]!) < Math.abs(best.start - doc.start[head]!) ? h : best,
      );
    const dep = doc.dep[x]!;
    let h = doc.head[x]!;
    // "joined the calls on Monday asking the US to …": a participle describing a noun is told in that noun's clause.
    if (
      dep === 'acl' &&
      (doc.tag[x] === 'VBG' || doc.tag[x] === 'VBN') &&
      !doc.childrenWith(x, 'nsubj', 'mark').length
    ) {
      while (doc.head[h] !== h && doc.pos[h] !== 'VERB' && doc.pos[h] !== 'AUX' && !NESTED.has(doc.dep[h]!))
        h = doc.head[h]!;
      if (doc.pos[h] !== 'VERB' && doc.pos[h] !== 'AUX') return null;
      x = h;
      continue;
    }
    // "in December 2023, when Ethiopia accused Egypt": a when-clause on a time expression happens at that time.
    if (dep === 'relcl' && isWhen(ctx, x)) {
      const at = hits.find((d) => d.start <= doc.start[h]! && doc.end[h]! <= d.end);
      if (at) return at;
    }
    if (h === x || !SHARES_DATE.has(dep)) return null;
    // A subordinate clause with its own conjunction ("after X attacked …") keeps its own time; "when" shares it.
    if (dep === 'advcl' && doc.childrenWith(x, 'mark').length && !isWhen(ctx, x)) return null;
    x = h;
  }
  return null;
}

function isWhen(ctx: ArticleContext, clause: number): boolean {
  const { doc } = ctx;
  return doc.childrenWith(clause, 'advmod', 'mark').some((c) => doc.lower(c) === 'when');
}

/** Places the clause puts the event in: "in/at" + a named place or country on the trigger, its object or light verb. */
export function eventLocations(ctx: ArticleContext, heads: number[]): string[] {
  const { doc, entities } = ctx;
  const out: string[] = [];
  for (const h of heads) {
    for (const p of doc.childrenWith(h, 'prep')) {
      const w = doc.lower(p);
      if (w !== 'in' && w !== 'at' && w !== 'near' && w !== 'outside') continue;
      for (const o of doc.childrenWith(p, 'pobj')) {
        const e = entities.entityAt(o);
        if (e && (e.kind === 'Location' || e.kind === 'Country') && !out.includes(e.id)) out.push(e.id);
      }
    }
  }
  return out;
}
