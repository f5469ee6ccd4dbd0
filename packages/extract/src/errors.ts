/** Typed failure for input the extractor refuses (not a string, too large); callers can branch on `code`. */
export class ExtractInputError extends Error {
  readonly code: 'NOT_TEXT' | 'TOO_LARGE' | 'BAD_DATE' | 'UNREADABLE';
  constructor(code: ExtractInputError['code'], message: string) {
    super(message);
    this.name = 'ExtractInputError';
    this.code = code;
  }
}
