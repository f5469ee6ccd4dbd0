// A role found but not yet resolved: its own module so findRoles (which makes drafts) and titleReferences (which
// resolves descriptions against them) both use it without importing each other.
import type { EntityRecord } from '../entities/buildEntityTable.ts';
import type { TitleClass } from './lexicon.ts';
import type { Holder } from './matchHolders.ts';
import type { WrittenOwner } from './resolveOwner.ts';
import type { TitlePhrase } from './titlePhrase.ts';

export interface RoleDraft {
  t: TitlePhrase;
  holder: Holder;
  title: string;
  cls: TitleClass;
  owner: WrittenOwner | undefined;
  of: EntityRecord | null;
  former: boolean;
  start: number;
  end: number;
}
