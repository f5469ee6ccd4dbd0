// The corpora give offsets in Unicode code points (Python str); JavaScript strings index UTF-16 code units.
// They differ only after a character outside the Basic Multilingual Plane (emoji, some CJK), so the map is
// built only for texts that contain one.

/** Returns a function turning a code-point offset into a UTF-16 offset of `text`. */
export function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return (cp) => cp;
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (cp) => units[Math.min(Math.max(cp, 0), units.length - 1)]!;
}
