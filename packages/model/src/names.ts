// Name folding: the one way names are compared across the product (the extractor's entity table, ingest's
// resolution, the graph's search ranking, entity ids). Each comparison starts from foldDiacritics, so "Nicolás"
// and "Nicolas" are the same name everywhere.

/** Lower case with diacritics removed (NFKD, combining marks dropped): "Nicolás Maduro" → "nicolas maduro". */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Folded and reduced to words: apostrophes dropped, other punctuation → one space. "O’Brien-Díaz" → "obrien diaz". */
export function foldName(name: string): string {
  return foldDiacritics(name)
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lower-case particles inside personal names ("Juan de la Fuente", "Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'la',
  'del',
  'da',
  'di',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'ben',
  'du',
  'le',
  'y',
]);
