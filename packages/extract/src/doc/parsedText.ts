// The one document every rule reads: spaCy's tokens, sentences and entities over the article text, with the
// navigation the rules need (children, subtrees, sentence of a token, token at an offset). Read-only.
import type { ParsedDocData } from '../parse/parsedDoc.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  /** False for sentences inside page chrome: rules never take facts from them. */
  usable: boolean;
}

export interface NamedSpan {
  start: number;
  end: number;
  first: number;
  last: number;
  label: string;
}

export class ParsedText {
  readonly n: number;
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly lemma: readonly string[];
  readonly pos: readonly string[];
  readonly tag: readonly string[];
  readonly dep: readonly string[];
  readonly head: readonly number[];
  readonly sents: Sentence[];
  readonly ents: NamedSpan[];
  private readonly kids: number[][];
  private readonly sentIndex: Int32Array;
  private readonly words: string[];

  constructor(
    readonly text: string,
    data: ParsedDocData,
    unusable: (start: number, end: number) => boolean = () => false,
  ) {
    const t = data.tokens;
    this.n = t.start.length;
    this.start = t.start;
    this.end = t.end;
    this.lemma = t.lemma;
    this.pos = t.pos;
    this.tag = t.tag;
    this.dep = t.dep;
    this.head = t.head;
    this.words = t.start.map((s, i) => text.slice(s, t.end[i]));
    this.kids = Array.from({ length: this.n }, () => []);
    for (let i = 0; i < this.n; i++) if (t.head[i] !== i) this.kids[t.head[i]!]?.push(i);
    this.sentIndex = new Int32Array(this.n).fill(-1);
    this.sents = [];
    let k = 0;
    for (const [s, e] of data.sents) {
      while (k < this.n && t.end[k]! <= s) k++;
      const first = k;
      while (k < this.n && t.start[k]! < e) this.sentIndex[k++] = this.sents.length;
      if (k === first) continue;
      this.sents.push({ index: this.sents.length, start: s, end: e, first, last: k - 1, usable: !unusable(s, e) });
    }
    for (let i = 0; i < this.n; i++)
      if (this.sentIndex[i] === -1) this.sentIndex[i] = Math.max(0, this.sents.length - 1);
    this.ents = data.ents.map(([s, e, label]) => {
      const [first, last] = this.tokensIn(s, e);
      return { start: s, end: e, first, last, label };
    });
  }

  /** The token's text as written. */
  word(i: number): string {
    return this.words[i]!;
  }

  lower(i: number): string {
    return this.words[i]!.toLowerCase();
  }

  children(i: number): readonly number[] {
    return this.kids[i]!;
  }

  /** Children with one of the dependency labels, in text order. */
  childrenWith(i: number, ...deps: string[]): number[] {
    return this.kids[i]!.filter((c) => deps.includes(this.dep[c]!));
  }

  sentenceOf(i: number): Sentence {
    return this.sents[this.sentIndex[i]!]!;
  }

  /** Leftmost and rightmost token of i's subtree. */
  subtree(i: number): [number, number] {
    let lo = i;
    let hi = i;
    const stack = [i];
    while (stack.length) {
      const x = stack.pop()!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
      stack.push(...this.kids[x]!);
    }
    return [lo, hi];
  }

  /** True when `a` is `b` or one of b's descendants. */
  isUnder(a: number, b: number): boolean {
    for (let x = a, steps = 0; steps < 200; steps++) {
      if (x === b) return true;
      const h = this.head[x]!;
      if (h === x) return false;
      x = h;
    }
    return false;
  }

  /** Heads from i up to the root of its sentence (i excluded). */
  ancestors(i: number): number[] {
    const out: number[] = [];
    for (let x = i; out.length < 200;) {
      const h = this.head[x]!;
      if (h === x) break;
      out.push(h);
      x = h;
    }
    return out;
  }

  /** The token covering a character offset, or -1. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid]! <= offset) lo = mid + 1;
      else if (this.start[mid]! > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** First and last token overlapping [start, end); [x, x-1] when none. */
  tokensIn(start: number, end: number): [number, number] {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo - 1;
    while (last + 1 < this.n && this.start[last + 1]! < end) last++;
    return [lo, last];
  }

  /** The syntactic head of a token range: the token whose head lies outside the range. */
  headOf(first: number, last: number): number {
    for (let i = last; i >= first; i--) {
      const h = this.head[i]!;
      if (h < first || h > last || h === i) return i;
    }
    return last;
  }

  span(first: number, last: number): string {
    return this.text.slice(this.start[first], this.end[last]);
  }
}
