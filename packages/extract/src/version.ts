// Bump when output for the same input changes, so stored extractions can be re-run selectively (pnpm reextract, and
// the start command for articles written by another version). 2.x: rules over a spaCy parse (en_core_web_sm 3.8.0).
export const EXTRACTOR_VERSION = 'newsgraph-spacy/2.2.0';
