export interface IngestError {
  origin: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  articles: { new: number; updated: number; unchanged: number; failed: number };
  /** Files, lines or feed items that gave no article (also counted in articles.failed). */
  sourceErrors: number;
  written: { entities: number; events: number; statements: number; mentions: number; comments: number };
  graph: { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number };
  /** The first errors, for the report (all are counted). */
  errors: IngestError[];
  /** True when the run stopped early because the database became unreachable. */
  aborted: boolean;
  dryRun: boolean;
  elapsedMs: number;
}

export const MAX_KEPT_ERRORS = 500;

export function emptySummary(dryRun: boolean): IngestSummary {
  return {
    articles: { new: 0, updated: 0, unchanged: 0, failed: 0 },
    sourceErrors: 0,
    written: { entities: 0, events: 0, statements: 0, mentions: 0, comments: 0 },
    graph: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 },
    errors: [],
    aborted: false,
    dryRun,
    elapsedMs: 0,
  };
}

/** Articles handled so far (any outcome). */
export const processedCount = (s: IngestSummary) =>
  s.articles.new + s.articles.updated + s.articles.unchanged + s.articles.failed;

/** Facts written: entities, events, statements, mentions and comments. */
export const factCount = (s: IngestSummary) =>
  s.written.entities + s.written.events + s.written.statements + s.written.mentions + s.written.comments;
