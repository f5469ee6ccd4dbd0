import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// RSS on its own cannot tell what the run holds from what V8 has not collected yet: under load the collector
// runs late and RSS saw-tooths. The heap left after a full collection is what is really held across batches.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Bytes of JS heap still in use after a full, synchronous garbage collection. */
export function retainedHeap(): number {
  gc();
  return process.memoryUsage().heapUsed;
}
