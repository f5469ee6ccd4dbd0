import { readFileSync } from 'node:fs';

/**
 * A process as recorded in the lock and runtime files: its pid and, on Linux, its start time in clock ticks
 * since boot. The start time is what tells "that process is still running" from "another process got its pid
 * after a crash or a reboot" — a pid alone is reused.
 */
export interface ProcessIdentity {
  pid: number;
  startTicks?: number;
}

/** Field 22 of /proc/<pid>/stat; undefined where there is no /proc (macOS) or the process is gone. */
export function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may itself contain spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

export function currentProcessIdentity(): ProcessIdentity {
  return { pid: process.pid, startTicks: processStartTicks(process.pid) };
}

/** True when the recorded process still runs (same pid and, where known, the same start time). */
export function isProcessAlive(identity: ProcessIdentity): boolean {
  if (!Number.isInteger(identity.pid) || identity.pid <= 0) return false;
  try {
    process.kill(identity.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user — alive all the same.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (identity.startTicks === undefined) return true;
  const now = processStartTicks(identity.pid);
  return now === undefined || now === identity.startTicks;
}
