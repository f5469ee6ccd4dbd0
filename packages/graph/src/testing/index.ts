// Test-only entry point (`@newsgraph/graph/testing`): writers and counters the attack suites need and the product
// must never call. Kept out of the main index so no product import can reach them by accident.
export { createOnlyWriteBatch } from './createOnlyWriter.ts';
