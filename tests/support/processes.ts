// What is left running: the process table read from /proc (Linux), for tests that check a command leaves no orphan.
import { readdirSync, readFileSync } from 'node:fs';
import { isProcessAlive, processStartTicks, type ProcessIdentity } from '@newsgraph/neo4j-local';

interface ProcEntry {
  pid: number;
  ppid: number;
  cmdline: string;
}

function readProcesses(): ProcEntry[] {
  const entries: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      entries.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // Gone between readdir and read.
    }
  }
  return entries;
}

/** Every process below `pid` (children, grandchildren…), with its start time so a reused pid is not mistaken. */
export function descendantsOf(pid: number): (ProcessIdentity & { cmdline: string })[] {
  const all = readProcesses();
  const found: (ProcessIdentity & { cmdline: string })[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const p of all) {
      if (p.ppid !== parent) continue;
      found.push({ pid: p.pid, startTicks: processStartTicks(p.pid), cmdline: p.cmdline });
      queue.push(p.pid);
    }
  }
  return found;
}

/** Processes whose command line contains `text` (e.g. a scratch data folder), other than this one. */
export function processesMentioning(text: string): { pid: number; cmdline: string }[] {
  return readProcesses()
    .filter((p) => p.pid !== process.pid && p.cmdline.includes(text))
    .map(({ pid, cmdline }) => ({ pid, cmdline }));
}

export function stillAlive<T extends ProcessIdentity>(processes: T[]): T[] {
  return processes.filter((p) => isProcessAlive(p));
}

/** Polls until none of the processes runs any more (a JVM takes a moment to stop); returns those still running. */
export async function waitUntilAllGone<T extends ProcessIdentity>(processes: T[], ms = 30_000): Promise<T[]> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && stillAlive(processes).length) await new Promise((r) => setTimeout(r, 250));
  return stillAlive(processes);
}
