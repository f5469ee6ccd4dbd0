import { describe, expect, it } from 'vitest';
import type { StoredEntity } from '@newsgraph/graph';
import { foldName } from '@newsgraph/model';
import { parsePersonName, personTokens } from './normalizeName.ts';
import { resolveEntities, type ArticleToResolve, type EntityLookup } from './resolveEntities.ts';
import { resolutionKeys } from './resolutionKeys.ts';

type Ent = ArticleToResolve['extraction']['entities'][number];
const person = (id: string, name: string, aliases: string[] = []): Ent => ({
  id,
  kind: 'Person',
  name,
  aliases,
  mentions: [],
  references: [],
});
const country = (iso2: string, name: string, aliases: string[] = []): Ent => ({
  id: `country:${iso2}`,
  kind: 'Country',
  name,
  aliases,
  mentions: [],
  references: [],
  iso2,
});
const article = (
  articleId: string,
  entities: Ent[],
  roles: ArticleToResolve['extraction']['roles'] = [],
): ArticleToResolve => ({ articleId, extraction: { entities, roles } });

/** An in-memory graph: what earlier batches wrote, looked up like lookupEntitiesByKeys does. */
function memoryGraph() {
  const stored = new Map<string, StoredEntity>();
  const lookup: EntityLookup = async (keys, ids) => {
    const wanted = new Set(keys);
    return [...stored.values()].filter((e) => e.keys.some((k) => wanted.has(k)) || ids.includes(e.id));
  };
  const run = async (articles: ArticleToResolve[]) => {
    const resolved = await resolveEntities(articles, lookup);
    for (const r of resolved) {
      for (const e of r.entities) {
        const s = stored.get(e.id) ?? {
          id: e.id,
          kind: e.kind,
          name: e.name,
          aliases: [],
          blockedAliases: [],
          mergedIds: [],
          curated: false,
          articleCount: 0,
          iso2: e.iso2,
          roleOfIds: [],
          roleTitles: [],
          keys: [],
        };
        if (e.upgradeName && !s.curated) s.name = e.name;
        s.aliases = [...new Set([...s.aliases, ...e.aliases])];
        s.keys = [...new Set([...s.keys, ...e.keys])];
        s.articleCount += 1;
        stored.set(e.id, s);
      }
    }
    return resolved;
  };
  return { stored, run };
}

describe('name normalisation', () => {
  it('folds diacritics and punctuation and drops leading titles', () => {
    expect(foldName('Nicolás  Maduro')).toBe('nicolas maduro');
    expect(personTokens('U.S. Secretary of State Marco Rubio')).toEqual(['marco', 'rubio']);
    expect(parsePersonName('President Sheinbaum')).toEqual({ full: null, first: null, last: 'sheinbaum' });
    expect(resolutionKeys('Country', ['Mexico', 'Mexican'], 'MX')).toEqual([
      'country:iso:MX',
      'country:name:mexico',
      'country:name:mexican',
    ]);
  });
});

describe('resolveEntities', () => {
  it('"Claudia Sheinbaum" then "Sheinbaum" in another article is one person', async () => {
    const g = memoryGraph();
    await g.run([article('a1', [person('person:claudia-sheinbaum', 'Claudia Sheinbaum', ['Sheinbaum'])])]);
    const [r] = await g.run([article('a2', [person('person:sheinbaum', 'Sheinbaum')])]);
    expect(r!.idMap.get('person:sheinbaum')).toBe('person:claudia-sheinbaum');
  });

  it('the surname first, the full name later: one person, the name grows, the id stays', async () => {
    const g = memoryGraph();
    await g.run([article('a1', [person('person:sheinbaum', 'Sheinbaum')])]);
    const [r] = await g.run([article('a2', [person('person:claudia-sheinbaum', 'Claudia Sheinbaum')])]);
    expect(r!.idMap.get('person:claudia-sheinbaum')).toBe('person:sheinbaum');
    expect(r!.entities[0]).toMatchObject({ name: 'Claudia Sheinbaum', upgradeName: true });
    expect(r!.entities[0]!.aliases).toContain('Sheinbaum');
  });

  it('within one batch the full name wins whatever the order', async () => {
    const g = memoryGraph();
    const [a, b] = await g.run([
      article('a1', [person('person:sheinbaum', 'Sheinbaum')]),
      article('a2', [person('person:claudia-sheinbaum', 'Claudia Sheinbaum')]),
    ]);
    expect(a!.idMap.get('person:sheinbaum')).toBe('person:claudia-sheinbaum');
    expect(b!.idMap.get('person:claudia-sheinbaum')).toBe('person:claudia-sheinbaum');
  });

  it('diacritics do not make a new person', async () => {
    const g = memoryGraph();
    await g.run([article('a1', [person('person:nicolas-maduro', 'Nicolás Maduro')])]);
    const [r] = await g.run([article('a2', [person('person:nicolas-maduro', 'Nicolas Maduro')])]);
    expect(r!.idMap.get('person:nicolas-maduro')).toBe('person:nicolas-maduro');
    expect(g.stored.size).toBe(1);
  });

  it('people sharing a surname stay apart: different first names', async () => {
    const g = memoryGraph();
    await g.run([article('a1', [person('person:mauro-vieira', 'Mauro Vieira', ['Vieira'])])]);
    const [r] = await g.run([article('a2', [person('person:ana-vieira', 'Ana Vieira', ['Vieira'])])]);
    expect(r!.idMap.get('person:ana-vieira')).toBe('person:ana-vieira');
    expect([...g.stored.keys()].filter((k) => k.startsWith('person:')).sort()).toEqual([
      'person:ana-vieira',
      'person:mauro-vieira',
    ]);
  });

  it('a bare surname goes to the namesake whose role matches; a conflicting role makes a new person', async () => {
    const g = memoryGraph();
    await g.run([
      article(
        'a1',
        [person('person:mauro-vieira', 'Mauro Vieira'), country('BR', 'Brazil')],
        [{ personId: 'person:mauro-vieira', title: 'Foreign Minister', ofId: 'country:BR', start: 0, end: 1 }],
      ),
      article(
        'a2',
        [person('person:ana-vieira', 'Ana Vieira'), country('PT', 'Portugal')],
        [{ personId: 'person:ana-vieira', title: 'Finance Minister', ofId: 'country:PT', start: 0, end: 1 }],
      ),
    ]);
    // Stored roles come from HOLDS_ROLE in the graph; the in-memory graph records them here.
    g.stored.get('person:mauro-vieira')!.roleOfIds = ['country:BR'];
    g.stored.get('person:ana-vieira')!.roleOfIds = ['country:PT'];
    const [pt] = await g.run([
      article(
        'a3',
        [person('person:vieira', 'Vieira'), country('PT', 'Portugal')],
        [{ personId: 'person:vieira', title: 'Minister', ofId: 'country:PT', start: 0, end: 1 }],
      ),
    ]);
    expect(pt!.idMap.get('person:vieira')).toBe('person:ana-vieira');
    const [ar] = await g.run([
      article(
        'a4',
        [person('person:vieira', 'Vieira'), country('AR', 'Argentina')],
        [{ personId: 'person:vieira', title: 'Minister', ofId: 'country:AR', start: 0, end: 1 }],
      ),
    ]);
    expect(ar!.idMap.get('person:vieira')).toMatch(/^person:vieira/);
    expect(['person:ana-vieira', 'person:mauro-vieira']).not.toContain(ar!.idMap.get('person:vieira'));
  });

  it('countries resolve by ISO code whatever the name', async () => {
    const g = memoryGraph();
    await g.run([article('a1', [country('US', 'United States', ['U.S.'])])]);
    const [r] = await g.run([article('a2', [{ ...country('US', 'America'), id: 'country:US' }])]);
    expect(r!.idMap.get('country:US')).toBe('country:US');
    expect(g.stored.get('country:US')!.aliases).toEqual(expect.arrayContaining(['United States', 'U.S.', 'America']));
  });

  it('honours curation: a blocked alias is not matched, a merged id leads to its keeper', async () => {
    const g = memoryGraph();
    await g.run([article('a1', [person('person:juan-perez', 'Juan Pérez')])]);
    const keeper = g.stored.get('person:juan-perez')!;
    keeper.blockedAliases = ['perez'];
    keeper.keys = keeper.keys.filter((k) => k !== 'person:last:perez');
    const [r] = await g.run([article('a2', [person('person:perez', 'Pérez')])]);
    expect(r!.idMap.get('person:perez')).not.toBe('person:juan-perez');
    keeper.keys.push('merged:person:j-perez');
    const [m] = await g.run([article('a3', [person('person:j-perez', 'J. Perez-Smith')])]);
    expect(m!.idMap.get('person:j-perez')).toBe('person:juan-perez');
  });
});
