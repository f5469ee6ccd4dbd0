export type SourceErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'UNSUPPORTED'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'BAD_FRONT_MATTER'
  | 'MALFORMED_JSON'
  | 'INVALID_ARTICLE'
  | 'BROKEN_FEED'
  | 'TOO_LARGE';

/** A file (or one line/item of it) that gives no article; ingestion reports it and carries on. */
export class SourceError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    /** "path", "path:line", "path#item-3", or "-" for standard input. */
    readonly origin: string,
    message: string,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'SourceError';
  }
}
