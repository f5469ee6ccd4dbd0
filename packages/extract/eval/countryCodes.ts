// Country codes and demonyms from world-countries (the package the extractor and the gold checker already use).
import countries from 'world-countries/countries.json' with { type: 'json' };

// Legacy CAMEO actor codes that PLOVER's gold-standard records still carry instead of the ISO 3166-1 code.
const CAMEO_LEGACY: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

const iso3ByIso2 = new Map(countries.map((c) => [c.cca2, c.cca3]));

/** ISO-3 code for an ISO-2 code, or null when unknown. */
export function iso3Of(iso2: string | undefined): string | null {
  return iso2 === undefined ? null : (iso3ByIso2.get(iso2.toUpperCase()) ?? null);
}

/** A gold actor code as an ISO-3 country code, or null for non-state codes (IGO, NGO, IMG, …). */
export function normaliseIso3(code: string | null | undefined): string | null {
  if (!code) return null;
  const up = code.toUpperCase();
  const iso3 = CAMEO_LEGACY[up] ?? up;
  return countries.some((c) => c.cca3 === iso3) ? iso3 : null;
}

// English demonyms ("Egyptian") and their plurals ("Egyptians"): MISC in CoNLL-style NER.
const DEMONYMS = new Set(
  countries
    .flatMap((c) => [c.demonyms.eng.m, c.demonyms.eng.f])
    .filter((d): d is string => !!d)
    .flatMap((d) => [d, `${d}s`]),
);

export const isDemonym = (text: string): boolean => DEMONYMS.has(text);
