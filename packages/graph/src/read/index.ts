// Readers used by packages/api: one module per query family (readNetwork, readStatements, …).
export {};
