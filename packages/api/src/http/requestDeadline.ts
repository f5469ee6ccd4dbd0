/**
 * Races a request's execution against its deadline. The answer is decided by the clock, not by which callback
 * happens to run first: under heavy load the deadline timer fires late — its callback waits on the same starved
 * event loop as the resolvers it should cut short — and those resolvers then finish past the limit on their own
 * (each reader refuses to start once no time remains, and Neo4j stops a transaction at its timeout), so before this
 * check the execution won the race and the client got HTTP 200 with a TIMEOUT error per field instead of the one
 * whole-request TIMEOUT answer. An execution that settles at or past the deadline is a timeout, whichever came first.
 */
export async function raceDeadline<T>(
  execution: Promise<T>,
  deadline: number,
  now: () => number = Date.now,
): Promise<T | 'expired'> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), Math.max(0, deadline - now()));
  });
  try {
    const result = await Promise.race([execution, expired]);
    return result === 'expired' || now() >= deadline ? 'expired' : result;
  } catch (error) {
    if (now() >= deadline) return 'expired';
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
