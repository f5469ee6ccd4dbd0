// Test fixture: a worker whose "Python" never gets ready (spaCy still loading on a busy machine) is closed, and the
// exit code is set only once close() has resolved — as the CLIs do. Exits 3 when close() resolved, 0 if Node ended first.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpacyWorker } from '../spacyWorker.ts';

const slowPython = join(mkdtempSync(join(tmpdir(), 'ng-slow-python-')), 'python');
writeFileSync(slowPython, '#!/bin/sh\nexec sleep 60\n');
chmodSync(slowPython, 0o755);
const worker = new SpacyWorker(slowPython);
await worker.close();
process.exitCode = 3;
