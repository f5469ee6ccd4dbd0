// "The Mexican president said", "the senator's remarks": a definite title with no name of its own refers to the
// person holding that title in the article — the one mentioned most recently before it. Recorded as an entity
// reference so statements and events (which run after roles) can use it as a speaker or actor.
import type { ArticleContext } from '../article/articleContext.ts';
import type { EntityRecord } from '../entities/buildEntityTable.ts';
import type { RoleDraft } from './roleDraft.ts';
import type { WrittenOwner } from './resolveOwner.ts';
import type { TitlePhrase } from './titlePhrase.ts';

const DEFINITE = new Set(['the', 'this', 'that']);
/** How far back (in sentences) a title may reach for its holder. */
const REACH = 6;

export function resolveTitleReferences(
  ctx: ArticleContext,
  unheld: TitlePhrase[],
  owners: Map<TitlePhrase, WrittenOwner | undefined>,
  drafts: RoleDraft[],
): void {
  const { doc, entities } = ctx;
  for (const t of unheld) {
    if (t.plural || t.cls === 'counterpart' || doc.dep[t.head] === 'compound') continue;
    const left = doc.children(t.head).filter((c) => c < t.head);
    const definite = left.some((c) => doc.dep[c] === 'det' && DEFINITE.has(doc.lower(c)));
    const owner = owners.get(t)?.entity;
    if (!definite && !(owner && owner.kind !== 'Person')) continue;
    const title = t.written.toLowerCase();
    const fits = (d: RoleDraft) =>
      d.holder.token < t.head &&
      (d.title.toLowerCase() === title || (t.first === t.head && d.t.key === t.key)) &&
      (!owner || owner.kind === 'Person' || d.of === owner) &&
      (t.former || !d.former);
    const holders = new Set<EntityRecord>(drafts.filter(fits).map((d) => d.holder.person));
    if (!holders.size) continue;
    // The candidate mentioned (by name or reference) nearest before the title.
    const stop = doc.sents[Math.max(0, doc.sentenceOf(t.head).index - REACH)]!.first;
    let found: EntityRecord | undefined;
    for (let k = t.first - 1; k >= stop && !found; k--) {
      const e = entities.entityAt(k);
      if (e && holders.has(e)) found = e;
    }
    if (!found) continue;
    const first = Math.min(t.first, ...left.map((c) => doc.subtree(c)[0]));
    entities.addReference(found, first, t.last);
  }
}
