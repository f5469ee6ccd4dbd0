export * from './ontology.ts';
export * from './ids.ts';
export * from './names.ts';
export * from './network.ts';
export * from './dates.ts';
export * from './publishedDate.ts';
export * from './webUrl.ts';
export * from './seededRandom.ts';
