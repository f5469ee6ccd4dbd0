// Bump when output for the same input changes, so stored extractions can be re-run selectively.
export const EXTRACTOR_VERSION = 'newsgraph-rules/0.1.0';
