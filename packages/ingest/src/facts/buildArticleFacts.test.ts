import { describe, expect, it } from 'vitest';
import { eventId, normalizeQuote, statementId, toNeoDate } from './buildArticleFacts.ts';

describe('fact identity', () => {
  it('the same event from any article has one id: actor order does not matter, the date does', () => {
    const a = eventId('THREATEN', 'threatened', ['person:x', 'country:US'], ['country:MX'], '2026-01-12');
    expect(eventId('THREATEN', 'threatened', ['country:US', 'person:x'], ['country:MX'], '2026-01-12')).toBe(a);
    expect(eventId('THREATEN', 'threatened', ['country:US', 'person:x'], ['country:MX'], '2026-01-13')).not.toBe(a);
    expect(eventId('ASSAULT', 'threatened', ['country:US', 'person:x'], ['country:MX'], '2026-01-12')).not.toBe(a);
  });
  it('the same quote in straight or curly quotes, any case, is one statement', () => {
    expect(normalizeQuote('“We will defend our sovereignty,”')).toBe('we will defend our sovereignty');
    expect(statementId(['person:a'], '"We will defend our sovereignty."')).toBe(
      statementId(['person:a'], '“we will  defend our sovereignty”'),
    );
    expect(statementId(['person:a'], 'x y')).not.toBe(statementId(['person:b'], 'x y'));
  });
  it('dates of month and year precision start on their first day', () => {
    expect(toNeoDate('2026')).toBe('2026-01-01');
    expect(toNeoDate('2026-03')).toBe('2026-03-01');
    expect(toNeoDate('2026-03-09')).toBe('2026-03-09');
    expect(toNeoDate(null)).toBeNull();
  });
});
