import { describe, expect, it } from 'vitest';
import { slugifyName } from './ids.ts';
import { foldDiacritics, foldName, NAME_PARTICLES } from './names.ts';

describe('name folding', () => {
  it('folds case and diacritics, keeping punctuation and spacing', () => {
    expect(foldDiacritics('Nicolás  MADURO')).toBe('nicolas  maduro');
    expect(foldDiacritics('Łódź Zürich São Tomé')).toBe('łodz zurich sao tome');
  });
  it('reduces a name to words for comparison', () => {
    expect(foldName('Nicolás  Maduro')).toBe('nicolas maduro');
    expect(foldName('O’Brien-Díaz, Jr.')).toBe('obrien diaz jr');
    expect(foldName('  ')).toBe('');
  });
  it('ids, search and resolution fold a name the same way', () => {
    for (const name of ['Nicolás Maduro', 'José Raúl Mulino', 'Recep Tayyip Erdoğan']) {
      expect(slugifyName(name).replace(/-/g, ' ')).toBe(foldName(name));
    }
  });
  it('knows the lower-case particles of personal names', () => {
    expect(['de', 'von', 'bin', 'van'].every((p) => NAME_PARTICLES.has(p))).toBe(true);
    expect(NAME_PARTICLES.has('president')).toBe(false);
  });
});
