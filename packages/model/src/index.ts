export * from './ontology.ts';
export * from './ids.ts';
export * from './dates.ts';
