import type { GraphConnection } from '../connection.ts';
import { mentionRow } from './readArticles.ts';
import type { MentionRow } from './rows.ts';
import { ARTICLE_TIME, IN_WINDOW, int, type DateWindow, type ReadOptions } from './values.ts';

export interface MentionPage {
  owner: string;
  items: MentionRow[];
  total: number;
}

/** For each entity, a page of the articles mentioning it (newest first) with offsets, and the total. One query per batch. */
export async function readEntityMentions(
  graph: GraphConnection,
  owners: readonly string[],
  args: { window?: DateWindow | null; skip: number; limit: number },
  options: ReadOptions = {},
): Promise<MentionPage[]> {
  if (owners.length === 0) return [];
  const start = `MATCH (:Entity {id: owner})-[m:MENTIONED_IN]->(a:Article)
    WITH m, a, date(${ARTICLE_TIME('a')}) AS d WHERE $windowed = false OR ${IN_WINDOW('d')}`;
  const rows = await graph.readRows<{
    owner: string;
    items: { articleId: string; count: unknown; offsets: unknown }[];
    total: number;
  }>(
    `UNWIND $owners AS owner
     CALL (owner) { ${start} RETURN count(a) AS total }
     CALL (owner) { ${start}
       WITH m, a ORDER BY ${ARTICLE_TIME('a')} DESC, a.id SKIP $skip LIMIT $limit
       RETURN collect({articleId: a.id, count: m.count, offsets: m.offsets}) AS items }
     RETURN owner, items, total`,
    {
      owners: [...new Set(owners)],
      from: args.window?.from ?? null,
      to: args.window?.to ?? null,
      windowed: Boolean(args.window?.from || args.window?.to),
      skip: int(args.skip),
      limit: int(args.limit),
    },
    options,
  );
  const byOwner = new Map(
    rows.map((r) => [
      r.owner,
      { owner: r.owner, total: r.total, items: r.items.map((i) => mentionRow({ ...i, entityId: r.owner })) },
    ]),
  );
  return owners.map((o) => byOwner.get(o) ?? { owner: o, items: [], total: 0 });
}
