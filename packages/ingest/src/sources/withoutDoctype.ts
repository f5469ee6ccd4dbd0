/**
 * A feed with its DOCTYPE declaration (and internal subset) cut out of the prolog. Feeds are read without DTD
 * entities: none are ever defined or expanded (no entity bombs, no external entities), and the feed parser,
 * which refuses a DOCTYPE that declares external entities, then reads the feed instead of dropping it whole.
 * References to the removed entities stay as written text. One linear pass; anything it does not recognise is
 * returned unchanged for the parser to judge.
 */
export function withoutDoctype(xml: string): string {
  const span = doctypeSpan(xml);
  return span ? xml.slice(0, span.start) + xml.slice(span.end) : xml;
}

/** Where the prolog's DOCTYPE declaration (with its internal subset) starts and ends; null without one. */
export function doctypeSpan(xml: string): { start: number; end: number } | null {
  let i = 0;
  const n = xml.length;
  // The prolog: BOM, whitespace, the XML declaration, comments and processing instructions.
  for (;;) {
    while (i < n && (xml[i] === '\uFEFF' || xml[i] === ' ' || xml[i] === '\t' || xml[i] === '\r' || xml[i] === '\n'))
      i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) return null;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) return null;
      i = end + 3;
    } else break;
  }
  if (xml.slice(i, i + 9).toUpperCase() !== '<!DOCTYPE') return null;
  const end = doctypeEnd(xml, i + 9);
  return end === -1 ? null : { start: i, end };
}

/** Index just past the DOCTYPE's closing `>`: quotes, comments and the `[…]` subset may hold `>` of their own. */
function doctypeEnd(xml: string, from: number): number {
  let inSubset = false;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (c === '"' || c === "'") {
      const close = xml.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (inSubset && xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close === -1) return -1;
      i = close + 2;
    } else if (c === '[' && !inSubset) inSubset = true;
    else if (c === ']' && inSubset) inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  return -1;
}
