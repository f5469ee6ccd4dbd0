import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './databaseErrors.ts';
import { operationLabel, operationNameOf } from './metrics.ts';
import { requestIdFrom } from './requestId.ts';

describe('request ids', () => {
  it('keeps a plain token, replaces anything that could break a log line or grow it', () => {
    expect(requestIdFrom('abc-123_X.y:z')).toBe('abc-123_X.y:z');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    for (const bad of [undefined, '', 'has space', 'line\nbreak', '"quoted"', 'x'.repeat(129), '<script>']) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe('operation labels', () => {
  it('the body operationName, else the document’s first operation name, else anonymous', () => {
    const none = new URLSearchParams();
    expect(operationNameOf({ operationName: 'Net', query: 'query Other { a }' }, none)).toBe('Net');
    expect(operationNameOf({ query: '  query Search($q: String!) { a }' }, none)).toBe('Search');
    expect(operationNameOf({ query: '{ a }' }, none)).toBeUndefined();
    expect(operationNameOf(undefined, new URLSearchParams('query=query%20Get%20%7B%20a%20%7D'))).toBe('Get');
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('not a name!')).toBe('anonymous');
  });

  it('a client inventing names cannot grow the label set past 200', () => {
    const labels = new Set(Array.from({ length: 500 }, (_, i) => operationLabel(`Invented${i}`)));
    expect(labels.has('other')).toBe(true);
    expect(labels.size).toBeLessThanOrEqual(201);
  });
});

describe('database-unavailable errors', () => {
  it('driver codes for a lost server, not query failures', () => {
    expect(isDatabaseUnavailable({ code: 'ServiceUnavailable', message: 'Failed to connect' })).toBe(true);
    expect(isDatabaseUnavailable({ code: 'SessionExpired' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection acquisition timed out in 5000 ms.'))).toBe(true);
    expect(isDatabaseUnavailable({ code: 'Neo.ClientError.Statement.SyntaxError', message: 'bad' })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
