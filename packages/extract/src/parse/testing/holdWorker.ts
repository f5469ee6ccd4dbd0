// Test fixture: starts a spaCy worker, prints its pid once it is ready, and waits to be killed.
import { SpacyWorker } from '../spacyWorker.ts';

const worker = new SpacyWorker();
await worker.ready;
process.stdout.write(`worker ${worker.pid}\n`);
setInterval(() => {}, 1000);
