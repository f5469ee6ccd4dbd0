import { badInput, clientError } from './errors.ts';

/** Opaque cursor: the item's offset in the filtered, ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return -1;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m)
    throw badInput(
      `"${cursor.slice(0, 40)}" is not a cursor this API issued; pass pageInfo.endCursor from a previous page.`,
      { argument: 'after' },
    );
  return Number(m[1]);
}

/** Validates `first` against the field's cap: a too-large page is an error, never silently shortened. */
export function pageSize(first: number | null | undefined, fallback: number, max: number, field: string): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0)
    throw badInput(`${field}: first must be a non-negative integer (got ${n}).`, { argument: 'first' });
  if (n > max)
    throw clientError(
      'PAGE_SIZE_EXCEEDED',
      `${field}: first=${n} exceeds the maximum page size of ${max}. Page with after: pageInfo.endCursor.`,
      { argument: 'first', max },
    );
  return n;
}

export interface PageWindow {
  skip: number;
  limit: number;
}

export function pageWindow(
  args: { first?: number | null; after?: string | null },
  fallback: number,
  max: number,
  field: string,
): PageWindow {
  return { limit: pageSize(args.first, fallback, max, field), skip: decodeCursor(args.after) + 1 };
}

/** A Relay connection over one page of items and the total count. */
export function connection<T>(items: T[], total: number, page: PageWindow) {
  return {
    edges: items.map((node, i) => ({ cursor: encodeCursor(page.skip + i), node })),
    pageInfo: {
      hasNextPage: page.skip + items.length < total,
      hasPreviousPage: page.skip > 0,
      startCursor: items.length ? encodeCursor(page.skip) : null,
      endCursor: items.length ? encodeCursor(page.skip + items.length - 1) : null,
    },
    totalCount: total,
  };
}
