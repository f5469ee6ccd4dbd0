import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, ONTOLOGY, eventTypeInfo, isEventType } from './ontology.ts';

describe('ontology', () => {
  it('maps every PLOVER type to a CAMEO root and quad class', () => {
    expect(ONTOLOGY.eventTypes.map((e) => e.type)).toEqual([...EVENT_TYPES]);
    expect(eventTypeInfo('THREATEN')).toMatchObject({ cameo: '13', quad: 'verbal_conflict' });
    expect(eventTypeInfo('CONSULT')).toMatchObject({ cameo: '04', quad: 'verbal_cooperation' });
    expect(eventTypeInfo('ASSAULT')).toMatchObject({ cameo: '18', quad: 'material_conflict' });
    expect(isEventType('STRIKE')).toBe(false);
  });
});
