// "Shares a name token": the held-out scorers' test for a speaker or an actor named differently by gold and
// prediction ("Mr. Obama" vs "Barack Obama"). Only capitalised words count, and titles and function words never
// do, so "President Obama" and "President Putin" do not match through "President".
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'in',
  'on',
  'to',
  'at',
  'by',
  'with',
  'his',
  'her',
  'its',
  'their',
  'our',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'general',
  'gen',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'leader',
  'leaders',
  'king',
  'queen',
  'prince',
  'new',
  'former',
  'senior',
  'deputy',
  'foreign',
  'state',
  'government',
  'forces',
  'force',
  'army',
  'police',
  'party',
  'ministry',
  'department',
  'office',
  'national',
  'united',
  'states',
  'republic',
  'democratic',
  'people',
  'jr',
  'sr',
]);

export function nameTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{N}-]*/gu)) {
    const word = m[0].replace(/[’']s$/u, '').toLowerCase();
    if (word.length >= 2 && !NOT_NAMES.has(word)) out.add(word);
  }
  return out;
}

export function shareNameToken(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) if (b.has(t)) return true;
  return false;
}
