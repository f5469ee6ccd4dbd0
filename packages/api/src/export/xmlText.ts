// Characters XML 1.0 forbids even escaped (control characters other than tab, newline, carriage return; lone
// surrogates; U+FFFE/U+FFFF).
const INVALID_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text safe inside an XML attribute or element. Tab, newline and carriage return are written as character
 * references: a parser turns literal ones in an attribute value into spaces (attribute-value normalisation), so
 * a multi-line label would not come back as it was.
 */
export function xmlText(value: string | number | boolean | null | undefined): string {
  return String(value ?? '')
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
