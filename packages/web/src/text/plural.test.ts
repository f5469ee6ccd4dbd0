import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

describe('plural', () => {
  it('agrees with the count', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(0, 'event')).toBe('0 events');
    expect(plural(2, 'entity', 'entities')).toBe('2 entities');
    expect(plural(4210, 'connection')).toBe('4 210 connections');
  });
});
