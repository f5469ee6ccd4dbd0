import {
  CurationError,
  lookupEntitiesByKeys,
  recordEntityMerge,
  recordEntitySplit,
  renameEntityNode,
  type EntityKindLabel,
  type GraphConnection,
} from '@newsgraph/graph';
import { entityIdFor, foldName } from '@newsgraph/model';
import type { IngestSummary } from '../pipeline/ingestSummary.ts';
import { resolutionKeys } from '../resolve/resolutionKeys.ts';
import { reresolveArticles } from './reresolveArticles.ts';

export { CurationError };

export interface MergeResult {
  keepId: string;
  mergedIds: string[];
  reingested: IngestSummary;
}

/**
 * Merges entities into `keepId` for good: the keeper records the merged ids and takes their names and keys,
 * then every article that mentioned them is re-resolved so its facts point at the keeper; the merged nodes,
 * left without facts, are removed. A later ingest resolves their names to the keeper.
 */
export async function mergeEntities(graph: GraphConnection, keepId: string, ids: string[]): Promise<MergeResult> {
  const record = await recordEntityMerge(graph, keepId, ids);
  const reingested = await reresolveArticles(graph, record.articleIds);
  return { keepId, mergedIds: record.mergedIds, reingested };
}

export interface SplitResult {
  fromId: string;
  newId: string;
  reingested: IngestSummary;
}

/**
 * Splits the names `aliases` off entity `id` into a new entity (named `as`, else the first alias): the
 * original blocks those names from now on, and the articles that used them are re-resolved to the new one.
 */
export async function splitEntity(
  graph: GraphConnection,
  id: string,
  aliases: string[],
  options: { as?: string } = {},
): Promise<SplitResult> {
  const names = aliases.map((a) => a.trim()).filter(Boolean);
  if (names.length === 0) throw new CurationError('INVALID', 'split needs at least one alias to move');
  const [entity] = (await lookupEntitiesByKeys(graph, [], [id])).filter((e) => e.id === id);
  if (!entity) throw new CurationError('NOT_FOUND', `no entity with id ${id}`);
  const kind = entity.kind as EntityKindLabel;
  const newName = options.as?.trim() || names[0]!;
  if (foldName(newName) === foldName(entity.name))
    throw new CurationError('INVALID', `the split-off entity needs a name other than "${entity.name}"`);
  let newId = entityIdFor(kind, newName);
  const [clash] = (await lookupEntitiesByKeys(graph, [], [newId])).filter((e) => e.id === newId);
  if (clash && clash.id !== id) newId = `${newId}-split`;
  const record = await recordEntitySplit(graph, {
    fromId: id,
    newId,
    newName,
    aliases: names,
    blockedNames: names.map(foldName),
    keys: resolutionKeys(kind, names),
  });
  const reingested = await reresolveArticles(graph, record.articleIds);
  return { fromId: id, newId: record.newId, reingested };
}

/** Renames an entity for good (curated): ingest never renames it back; the old name stays an alias. */
export async function renameEntity(graph: GraphConnection, id: string, name: string) {
  const [entity] = (await lookupEntitiesByKeys(graph, [], [id])).filter((e) => e.id === id);
  if (!entity) throw new CurationError('NOT_FOUND', `no entity with id ${id}`);
  return renameEntityNode(graph, id, name.trim(), resolutionKeys(entity.kind as EntityKindLabel, [name]));
}
