/**
 * The header the server's local routes (GET /api/session, POST /api/articles) require as cross-site request
 * protection: a page on another site cannot send a custom header without a CORS preflight, which the server refuses.
 * One spelling for the server that checks it and the page that sends it.
 */
export const LOCAL_CSRF_HEADER = 'x-newsgraph-upload';

/** The header as the page sends it. */
export const LOCAL_CSRF_HEADERS: Readonly<Record<string, string>> = { [LOCAL_CSRF_HEADER]: '1' };
