import { describe, expect, it } from 'vitest';
import { entityIdFor, parseEntityId, slugifyName } from './ids.ts';

describe('slugifyName', () => {
  it('strips diacritics and punctuation', () => {
    expect(slugifyName('Juan Ramón de la Fuente')).toBe('juan-ramon-de-la-fuente');
    expect(slugifyName('Nicolás Maduro')).toBe('nicolas-maduro');
    expect(slugifyName("O’Brien's  Party!")).toBe('obriens-party');
  });
});

describe('entityIdFor', () => {
  it('uses ISO2 for countries and slugs otherwise', () => {
    expect(entityIdFor('Country', 'Mexico', 'MX')).toBe('country:MX');
    expect(entityIdFor('Country', 'Freedonia')).toBe('country:freedonia');
    expect(entityIdFor('Person', 'Claudia Sheinbaum')).toBe('person:claudia-sheinbaum');
    expect(entityIdFor('Group', 'drug cartels')).toBe('group:drug-cartels');
    expect(entityIdFor('Location', '!!!')).toBe('location:unnamed');
    expect(parseEntityId('organization:usmca')).toEqual({ prefix: 'organization', key: 'usmca' });
    expect(parseEntityId('nope')).toBeNull();
  });
});
