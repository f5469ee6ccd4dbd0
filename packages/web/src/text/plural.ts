/** "1 event", "2 events", "1 500 connections" — a count and its word, never "event(s)". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-GB').replace(/,/g, ' ')} ${n === 1 ? word : many}`;
}
