/**
 * Races a request's execution against its deadline. The answer is decided by the clock, not by which callback
 * happens to run first: under heavy load the deadline timer fires late — its callback waits on the same starved
 * event loop as the resolvers it should cut short — and those resolvers then finish past the limit on their own
 * (each reader refuses to start once no time remains, and Neo4j stops a transaction at its timeout), so before this
 * check the execution won the race and the client got HTTP 200 with a TIMEOUT error per field instead of the one
 * whole-request TIMEOUT answer. An execution that settles at or past the deadline is a timeout, whichever came first —
 * unless `isWhole` says the late result lost nothing to the clock: that work is done (a mutation committed), and
 * answering TIMEOUT would invite a retry that applies it twice.
 */
export async function raceDeadline<T>(
  execution: Promise<T>,
  deadline: number,
  now: () => number = Date.now,
  isWhole: (result: T) => boolean = () => false,
): Promise<T | 'expired'> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), Math.max(0, deadline - now()));
  });
  try {
    const result = await Promise.race([execution, expired]);
    if (result === 'expired') return 'expired';
    return now() >= deadline && !isWhole(result) ? 'expired' : result;
  } catch (error) {
    if (now() >= deadline) return 'expired';
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A complete GraphQL answer with no field cut short by the time limit (no TIMEOUT error in it). */
export function answerHasNoTimeout(body: { kind: string; string?: string }): boolean {
  if (body.kind !== 'complete' || body.string === undefined) return false; // a stream cannot be judged whole yet
  try {
    const parsed = JSON.parse(body.string) as { errors?: { extensions?: { code?: unknown } }[] };
    return !(parsed.errors ?? []).some((e) => e.extensions?.code === 'TIMEOUT');
  } catch {
    return false;
  }
}
