// Dependency paths from a trigger to the phrases that can name its parties: subjects (inherited across coordinated
// verbs, participles and control complements), passive agents, objects, prepositional objects, possessors and the
// owners of object nouns; then from a phrase to the actors it stands for.
import type { ArticleContext } from '../article/articleContext.ts';
import type { EntityRecord } from '../entities/buildEntityTable.ts';
import { conjuncts } from '../entities/resolveActor.ts';

export interface Party {
  entity: EntityRecord;
  /** The token that named it (for the quote rule: inside quotes only named parties count). */
  token: number;
  /** True when the token lies in a named mention (not a pronoun or an unnamed description). */
  named: boolean;
}

/** Heads that count or group the real actor in their "of" phrase ("thousands of protesters", "members of X"). */
const QUANTITY_HEADS = new Set([
  'ten',
  'tens',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'dozen',
  'dozens',
  'score',
  'scores',
  'group',
  'number',
  'some',
  'many',
  'most',
  'all',
  'members',
  'member',
  'majority',
  'crowd',
  'crowds',
  'band',
  'contingent',
  'unit',
  'units',
  'delegation',
  'team',
  'batch',
  'patch',
  'wave',
  'one',
  'two',
  'three',
  'several',
  'each',
  'both',
  'none',
  'rest',
  'half',
  'part',
  'elements',
  'remnants',
  'leader',
  'leaders',
  'head',
  'chief',
  'representatives',
  'representative',
]);
/** Verbs whose object is also the subject of their to-complement ("urged X to withdraw" → X withdraws). */
const OBJECT_CONTROL = new Set([
  'urge',
  'ask',
  'force',
  'order',
  'allow',
  'permit',
  'tell',
  'persuade',
  'encourage',
  'press',
  'pressure',
  'invite',
  'call',
  'compel',
  'instruct',
  'direct',
  'authorize',
  'authorise',
  'help',
  'enable',
  'lead',
  'prompt',
  'get',
]);
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const CLAUSE_DEPS = new Set(['ccomp', 'xcomp', 'advcl', 'relcl', 'acl', 'conj', 'parataxis', 'csubj', 'pcomp']);

export class EventArguments {
  constructor(private readonly ctx: ArticleContext) {}

  private get doc() {
    return this.ctx.doc;
  }

  isPassive(v: number): boolean {
    const doc = this.doc;
    if (doc.childrenWith(v, 'nsubjpass', 'auxpass', 'csubjpass').length > 0) return true;
    // "the attack carried out by X", "Asked about the talks, she said …": a bare past participle is passive.
    return (
      doc.tag[v] === 'VBN' &&
      (doc.dep[v] === 'acl' || doc.dep[v] === 'advcl') &&
      !doc.childrenWith(v, 'aux', 'nsubj').length
    );
  }

  /** Tokens heading the doer of a verb: its subject, the by-agent of a passive, or one inherited from a governing clause. */
  subjectOf(v: number, depth = 0): number[] {
    const doc = this.doc;
    if (depth > 6) return [];
    if (this.isPassive(v)) return doc.childrenWith(v, 'agent').flatMap((a) => doc.childrenWith(a, 'pobj'));
    const subj = doc.childrenWith(v, 'nsubj');
    if (subj.length) {
      const s = subj[0]!;
      // "the militants who attacked": the relative pronoun stands for the noun the clause modifies.
      if (RELATIVE.has(doc.lower(s)) && doc.dep[v] === 'relcl') return [doc.head[v]!];
      return [s];
    }
    const h = doc.head[v]!;
    if (h === v) return [];
    const dep = doc.dep[v]!;
    if (dep === 'conj' && doc.pos[h] !== 'NOUN' && doc.pos[h] !== 'PROPN') {
      const hs = doc.childrenWith(h, 'nsubj', 'nsubjpass');
      return hs.length ? [hs[0]!] : this.subjectOf(h, depth + 1);
    }
    if (dep === 'xcomp') {
      const obj = doc.childrenWith(h, 'dobj');
      if (obj.length && OBJECT_CONTROL.has(doc.lemma[h]!)) return obj;
      // "called on X to …": the object of the particle does the complement.
      if (doc.lemma[h] === 'call')
        for (const p of doc.childrenWith(h, 'prep'))
          if (doc.lower(p) === 'on' || doc.lower(p) === 'upon') return doc.childrenWith(p, 'pobj');
      // "is ready to …", "was set to …": the complement hangs on an adjective or participle of the copula.
      if (doc.dep[h] === 'acomp' || doc.dep[h] === 'xcomp') return this.subjectOf(doc.head[h]!, depth + 1);
      return this.subjectOf(h, depth + 1);
    }
    if (
      (dep === 'advcl' || dep === 'ccomp') &&
      (doc.tag[v] === 'VBG' || doc.tag[v] === 'VBN') &&
      !doc.childrenWith(v, 'mark').length
    )
      return this.subjectOf(h, depth + 1);
    // "marched through the capital to demand …": a purpose clause shares the main subject.
    if (dep === 'advcl' && doc.childrenWith(v, 'aux').some((a) => doc.lower(a) === 'to'))
      return this.subjectOf(h, depth + 1);
    // "issued a declaration demanding …": the document demands for whoever issued it.
    if (dep === 'acl' && doc.tag[v] === 'VBG' && doc.dep[h] === 'dobj' && !this.ctx.actors.actorAt(h))
      return this.subjectOf(doc.head[h]!, depth + 1);
    if (dep === 'pcomp' && doc.dep[h] === 'prep') return this.subjectOf(doc.head[h]!, depth + 1);
    if (dep === 'relcl' || (dep === 'acl' && doc.tag[v] === 'VBG')) return [h];
    if (dep === 'acomp' || dep === 'xcomp') return this.subjectOf(h, depth + 1);
    return [];
  }

  /** Tokens heading what a verb acts on: its direct object, or the subject of a passive. */
  objectOf(v: number): number[] {
    const doc = this.doc;
    if (this.isPassive(v)) {
      const sp = doc.childrenWith(v, 'nsubjpass');
      if (sp.length) return RELATIVE.has(doc.lower(sp[0]!)) && doc.dep[v] === 'relcl' ? [doc.head[v]!] : sp;
      if (doc.dep[v] === 'acl') return [doc.head[v]!];
      return this.inheritedPassiveSubject(v);
    }
    return doc.childrenWith(v, 'dobj');
  }

  /** "X was arrested and jailed": the second passive shares the first one's subject. */
  private inheritedPassiveSubject(v: number): number[] {
    const doc = this.doc;
    const h = doc.head[v]!;
    if (doc.dep[v] !== 'conj' || h === v) return [];
    return doc.childrenWith(h, 'nsubjpass', 'nsubj');
  }

  /** Objects of the prepositions `words` hanging on any of `heads` ("talks with X", "sanctions on A, B and C"). */
  prepObjects(heads: number[], words: readonly string[]): number[] {
    const doc = this.doc;
    const out: number[] = [];
    for (const h of heads) {
      for (const p of doc.childrenWith(h, 'prep', 'agent', 'dative', 'prt')) {
        if (!words.includes(doc.lower(p))) continue;
        out.push(...doc.childrenWith(p, 'pobj'));
        // "out of Syria": the particle's own preposition carries the object.
        for (const q of doc.childrenWith(p, 'prep')) out.push(...doc.childrenWith(q, 'pobj'));
      }
    }
    return out;
  }

  /** A noun's possessor and actor modifiers ("Russia's", "US", "Russian"), each with its conjuncts. */
  modifiersOf(n: number, kinds: readonly string[] = ['poss', 'compound', 'amod', 'nmod']): number[] {
    return this.doc.childrenWith(n, ...kinds).filter((c) => !this.isTriggerLike(c));
  }

  /** The party owning an object noun: its possessor or actor modifiers, else its of/by/from object. */
  ownersOf(n: number): number[] {
    return [...this.modifiersOf(n), ...this.prepObjects([n], ['of', 'by', 'from'])];
  }

  private isTriggerLike(c: number): boolean {
    const w = this.doc.lemma[c]!;
    return w === 'air' || w === 'drone' || w === 'missile';
  }

  /** Clausal children of a verb, for complement paths. */
  complementsOf(v: number): number[] {
    const doc = this.doc;
    const out = doc.childrenWith(v, 'xcomp', 'ccomp');
    // "Trump's warning that American forces will …": a noun's that-clause is its content.
    if (doc.pos[v] === 'NOUN')
      out.push(
        ...doc
          .childrenWith(v, 'acl', 'relcl')
          .filter((c) => doc.childrenWith(c, 'mark').some((m) => doc.lower(m) === 'that')),
      );
    return out;
  }

  /** Every actor the phrases headed by `tokens` stand for, in text order, without repeats. */
  actors(tokens: number[]): Party[] {
    const out: Party[] = [];
    for (const t of tokens)
      for (const p of this.actorsOfPhrase(t, 0)) if (!out.some((o) => o.entity === p.entity)) out.push(p);
    return out;
  }

  private party(entity: EntityRecord, token: number): Party {
    return { entity, token, named: this.ctx.entities.tokenEntity[token]! >= 0 };
  }

  private actorsOfPhrase(i: number, depth: number): Party[] {
    const { doc, ctx } = this;
    if (depth > 3 || i < 0) return [];
    const out: Party[] = [];
    const add = (e: EntityRecord | undefined, tok: number) => {
      if (e && !out.some((o) => o.entity === e)) out.push(this.party(e, tok));
    };
    // "NAIROBI, Feb 12 - Egypt and Ethiopia agreed": a dateline place is where the story was filed; its apposition acts.
    if (this.isDateline(i)) {
      // The parser hangs the real subject on the dateline as an apposition or a conjunct of its date.
      const [, last] = doc.subtree(i);
      for (let t = i + 1; t <= last; t++) {
        if (doc.dep[t] === 'compound' || !doc.isUnder(t, i) || !ctx.actors.actorAt(t)) continue;
        for (const p of this.actorsOfPhrase(t, depth + 1)) add(p.entity, p.token);
        break;
      }
      return out;
    }
    for (const k of conjuncts(doc, i)) {
      // "a Volvo XC90", "a Boeing 737": a name under the indefinite article is a product or a kind, not the actor.
      if (
        doc.pos[k] === 'PROPN' &&
        doc.childrenWith(k, 'det').some((d) => ['a', 'an'].includes(doc.lower(d))) &&
        ctx.entities.entityAt(k)?.kind !== 'Country'
      )
        continue;
      // "they" for a single person or state is a resolution slip (the antecedent was a list or a people).
      if (
        PLURAL_PRONOUNS.has(doc.lower(k)) &&
        ctx.entities.tokenEntity[k] === -1 &&
        ['Person', 'Country'].includes(ctx.entities.entityAt(k)?.kind ?? '')
      )
        continue;
      const direct = ctx.actors.actorAt(k);
      const named = ctx.entities.entityAt(k);
      if (direct) add(direct, k);
      // "the leaders of Latvia, Estonia and Poland": a state agent speaks for every state in its of-phrase.
      if (direct && !named)
        for (const o of this.prepObjects([k], ['of', 'from']))
          for (const c of conjuncts(doc, o)) add(ctx.actors.actorAt(c), c);
      // "both sides", "the two countries": the pair of states the article sets against each other.
      if (!direct && !named) for (const e of ctx.actors.pairAt(k)) add(e, k);
      // A named party stands alone; an unnamed collective ("Rwandan rebels") also carries its state.
      if (named && named.kind !== 'Group') continue;
      // "Senior Hungarian and Romanian officials": every state named in the modifiers, not only the first.
      for (const m of this.modifiersOf(k)) {
        for (const c of conjuncts(doc, m)) {
          const e = ctx.entities.entityAt(c);
          if (!e) continue;
          if (e.kind === 'Person' && doc.dep[m] !== 'poss') continue;
          add(ctx.actors.actorAt(c) ?? e, c);
        }
      }
      if (out.length) continue;
      const w = doc.lower(k);
      // "who/which" in a relative clause stands for the noun it modifies.
      if (RELATIVE.has(w) && doc.dep[doc.head[k]!] === 'relcl') {
        for (const p of this.actorsOfPhrase(doc.head[doc.head[k]!]!, depth + 1)) add(p.entity, p.token);
        continue;
      }
      if (QUANTITY_HEADS.has(w) || QUANTITY_HEADS.has(doc.lemma[k]!)) {
        for (const o of this.prepObjects([k], ['of']))
          for (const p of this.actorsOfPhrase(o, depth + 1)) add(p.entity, p.token);
        if (out.length) continue;
      }
      if (doc.pos[k] === 'NOUN') {
        // "positions of the Palestinian security forces", "refugees from Liberia", "opposition groups in Zimbabwe".
        for (const o of this.prepObjects([k], ['of', 'from']))
          for (const p of this.actorsOfPhrase(o, depth + 1)) add(p.entity, p.token);
        if (!out.length) {
          for (const o of this.prepObjects([k], ['in'])) {
            const e = ctx.entities.entityAt(o);
            if (e && e.kind === 'Country') add(e, o);
          }
        }
      }
    }
    return out;
  }

  /** A place written in capitals at the very start of a sentence ("NAIROBI, Feb 12 -", "RIGA —"). */
  private isDateline(i: number): boolean {
    const { doc, ctx } = this;
    const w = doc.word(i);
    return (
      i - doc.sentenceOf(i).first <= 2 &&
      w.length > 1 &&
      w === w.toUpperCase() &&
      /\p{Lu}/u.test(w) &&
      ctx.entities.entityAt(i)?.kind === 'Location'
    );
  }

  /** States where an event takes place: "in/at/through" + a country or capital, or a place inside a country. */
  places(heads: number[]): number[] {
    const { doc, ctx } = this;
    const out: number[] = [];
    for (const o of this.prepObjects(heads, ['in', 'at', 'through', 'across', 'outside', 'near', 'into'])) {
      const e = ctx.actors.actorAt(o);
      if (e?.kind === 'Country') out.push(o);
      else
        for (const inner of this.prepObjects([o], ['in', 'of']))
          if (ctx.actors.actorAt(inner)?.kind === 'Country') out.push(inner);
    }
    return out.filter((t) => doc.n > t);
  }

  /** The clause a token belongs to, as the verb heading it (the token itself when it is a verb). */
  clauseHead(i: number): number {
    const doc = this.doc;
    let x = i;
    for (let steps = 0; steps < 50; steps++) {
      if (doc.pos[x] === 'VERB' || doc.pos[x] === 'AUX' || CLAUSE_DEPS.has(doc.dep[x]!) || doc.head[x] === x) return x;
      x = doc.head[x]!;
    }
    return x;
  }
}
