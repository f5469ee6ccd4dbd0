// Roles: who holds which title for which state or body. Titles are read from the parse (titlePhrase), their
// holders found by the holder patterns, their owners by the owner patterns or, for state offices the text leaves
// unqualified, the sentence's or the article's country. Titles used as descriptions ("the Mexican president") are
// resolved to the holder named earlier and recorded as references, so statements and events can use them.
import type { ArticleContext } from '../article/articleContext.ts';
import type { EntityRecord } from '../entities/buildEntityTable.ts';
import type { ExtractionRole } from '../extractionSchema.ts';
import { FORMER_VERBS, spellTitle } from './lexicon.ts';
import { holdersOf, spreadOverConjuncts, type Holder } from './matchHolders.ts';
import type { RoleDraft } from './roleDraft.ts';
import { implicitCountry, legislatureOf, salientCountry, writtenOwner, type WrittenOwner } from './resolveOwner.ts';
import { resolveTitleReferences } from './titleReferences.ts';
import { readTitle, type TitlePhrase } from './titlePhrase.ts';

export function findRoles(ctx: ArticleContext): ExtractionRole[] {
  const { doc, entities, actors } = ctx;
  const titles: TitlePhrase[] = [];
  for (const s of doc.sents) {
    if (!s.usable) continue;
    for (let i = s.first; i <= s.last; i++) {
      const t = readTitle(doc, entities, i);
      if (t) titles.push(t);
    }
  }
  const owners = new Map<TitlePhrase, WrittenOwner | undefined>();
  const claimed = new Set<number>();
  for (const t of titles) {
    const o = writtenOwner(doc, entities, actors, t);
    owners.set(t, o);
    if (o) for (let k = o.first; k <= o.last; k++) claimed.add(k);
  }
  const salient = salientCountry(doc, entities);

  const drafts: RoleDraft[] = [];
  const unheld: TitlePhrase[] = [];
  const span = (d: Omit<RoleDraft, 'start' | 'end'>) => {
    const mention = d.holder.person.mentions.find((m) => m.first <= d.holder.token && d.holder.token <= m.last);
    const tokens = [d.t.first, d.t.last, mention?.first ?? d.holder.token, mention?.last ?? d.holder.token];
    if (d.owner && d.owner.entity.kind !== 'Person') tokens.push(d.owner.first, d.owner.last);
    return { start: doc.start[Math.min(...tokens)]!, end: doc.end[Math.max(...tokens)]! };
  };
  const formerByVerb = (h: Holder) =>
    doc.dep[h.token] === 'dobj' && FORMER_VERBS.has(doc.lemma[doc.head[h.token]!]!.toLowerCase());

  // Titles held by a named person (counterparts wait until the titles they mirror are known).
  for (const t of titles) {
    if (t.cls === 'counterpart') continue;
    let holders = holdersOf(doc, entities, t.head);
    if (t.plural) holders = spreadOverConjuncts(doc, entities, holders);
    const owner = owners.get(t);
    if (!holders.length) {
      unheld.push(t);
      continue;
    }
    if (t.bare && !owner) continue;
    for (const holder of holders) {
      if (owner?.entity === holder.person) continue;
      const d = {
        t,
        holder,
        title: spellTitle(t.written),
        cls: t.cls,
        owner,
        of: null,
        former: t.former || formerByVerb(holder),
      };
      drafts.push({ ...d, ...span(d) });
    }
  }

  // "his Cambodian counterpart Sok Pheakdey": the title of the person the counterpart mirrors.
  for (const t of titles) {
    if (t.cls !== 'counterpart') continue;
    const holders = holdersOf(doc, entities, t.head);
    if (!holders.length) continue;
    const poss = doc
      .childrenWith(t.head, 'poss')
      .map((c) => entities.entityAt(c))
      .find((e) => e?.kind === 'Person');
    const sent = doc.sentenceOf(t.head);
    const mirrored = drafts
      .filter((d) => d.holder.token < t.head && (poss ? d.holder.person === poss : d.holder.token >= sent.first))
      .pop();
    if (!mirrored) continue;
    const owner = owners.get(t);
    for (const holder of holders) {
      const d = { t, holder, title: mirrored.title, cls: mirrored.cls, owner, of: null, former: t.former };
      drafts.push({ ...d, ...span(d) });
    }
  }

  // "Her successor as Foreign Minister, Daniel Kiprotich": an unqualified title the article gave one owner elsewhere.
  const sameTitleOwner = (d: RoleDraft): EntityRecord | undefined => {
    const owners = new Set(
      drafts
        .filter((x) => x !== d && x.owner?.entity.kind === 'Country' && x.title.toLowerCase() === d.title.toLowerCase())
        .map((x) => x.owner!.entity),
    );
    return owners.size === 1 ? [...owners][0] : undefined;
  };
  // Owners: written ones, a person's office ("his finance minister" → his country), else by the title's class.
  const earlierOwner = (d: RoleDraft) =>
    drafts.find(
      (x) => x !== d && x.of && x.holder.person === d.holder.person && x.title.toLowerCase() === d.title.toLowerCase(),
    )?.of ?? undefined;
  drafts.sort((a, b) => a.start - b.start);
  for (const d of drafts) if (d.owner && d.owner.entity.kind !== 'Person') d.of = d.owner.entity;
  for (const d of drafts) {
    const o = d.owner?.entity;
    if (d.of) continue;
    if (o)
      d.of =
        drafts.find((x) => x.holder.person === o && x.owner && x.owner.entity.kind === 'Country')?.owner!.entity ??
        null;
    if (d.of) continue;
    // The same person with the same title resolved elsewhere in the article keeps that owner.
    d.of = earlierOwner(d) ?? null;
    if (d.of) continue;
    if (d.cls === 'state')
      d.of = implicitCountry(doc, entities, actors, d.t, claimed, sameTitleOwner(d) ?? salient) ?? null;
    else if (d.cls === 'legislature')
      d.of = legislatureOf(entities, d.t.key) ?? implicitCountry(doc, entities, actors, d.t, claimed, salient) ?? null;
  }

  resolveTitleReferences(ctx, unheld, owners, drafts);

  const seen = new Set<string>();
  const out: ExtractionRole[] = [];
  const key = (d: RoleDraft, of: string | null) => `${d.holder.person.id}|${d.title.toLowerCase()}|${of}`;
  for (const d of [...drafts].sort((a, b) => a.start - b.start)) {
    const ofId = d.of?.id ?? null;
    if (seen.has(key(d, ofId))) continue;
    // An unqualified mention of a title already known with its owner adds nothing; nor does "Minister" beside "Interior Minister".
    const mine = drafts.filter((x) => x.holder.person === d.holder.person && x !== d);
    if (ofId === null && mine.some((x) => x.of && x.title.toLowerCase() === d.title.toLowerCase())) continue;
    if (mine.some((x) => x.title.toLowerCase().endsWith(` ${d.title.toLowerCase()}`))) continue;
    seen.add(key(d, ofId));
    out.push({
      personId: d.holder.person.id,
      title: d.title,
      ofId,
      start: d.start,
      end: d.end,
      ...(d.former ? { former: true } : {}),
    });
  }
  return out;
}
