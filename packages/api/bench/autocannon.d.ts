// Minimal typing of what the benchmark uses from autocannon (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';
  interface Result {
    errors: number;
    non2xx: number;
    requests: { average: number; total: number };
  }
  interface Instance extends EventEmitter, PromiseLike<Result> {}
  function autocannon(options: Record<string, unknown>): Instance;
  export default autocannon;
}
