import { randomUUID } from 'node:crypto';

// A caller's id (a proxy's, a client's) is kept so one request can be followed across systems; anything that is
// not a short token is replaced, so a header cannot inject text into logs or grow a log line without bound.
const ACCEPTED = /^[\w.:-]{1,128}$/;

/** The request's id: the `x-request-id` header when it is a plain token, else a fresh UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && ACCEPTED.test(value) ? value : randomUUID();
}
