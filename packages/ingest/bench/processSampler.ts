import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) of one process from /proc/<pid>/stat, or null when it is gone. */
function cpuSecondsOf(pid: number, ticksPerSecond: number): { name: string; cpu: number; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: the fields after the last ')' are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    return { name, ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond };
  } catch {
    return null;
  }
}

// Linux's USER_HZ is 100 on every architecture Node runs on.
const TICKS = 100;

/**
 * Samples the benchmark process while it runs: its RSS (peak, and a timeline to show whether memory stays flat)
 * and the CPU time of it and its child processes (spaCy workers, an embedded Neo4j JVM), so core utilisation =
 * CPU seconds / wall seconds / cores can be printed. A child's CPU is the last value seen before it exited;
 * samples are every `intervalMs`, so a child that lives less than that is missed (none does here).
 */
export class ProcessSampler {
  peakRss = 0;
  private readonly childCpu = new Map<number, number>();
  private readonly childName = new Map<number, string>();
  /** CPU a child had already used when this sampler started (an embedded Neo4j started earlier). */
  private readonly childBaseline = new Map<number, number>();
  private samples = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly timeline: { at: number; rss: number }[] = [];
  private readonly started = performance.now();
  private readonly cpuStart = process.cpuUsage();

  constructor(intervalMs = 250) {
    this.scanChildren();
    for (const [pid, cpu] of this.childCpu) this.childBaseline.set(pid, cpu);
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    this.peakRss = Math.max(this.peakRss, rss);
    this.timeline.push({ at: performance.now() - this.started, rss });
    // Scanning /proc costs CPU of its own: once a second is enough for processes that live minutes.
    if (this.samples++ % 4 === 0) this.scanChildren();
  }

  private scanChildren(): void {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = cpuSecondsOf(Number(entry), TICKS);
      if (stat?.ppid !== process.pid) continue;
      this.childCpu.set(Number(entry), stat.cpu);
      this.childName.set(Number(entry), stat.name);
    }
  }

  /**
   * CPU seconds since the sampler started: this process, its children (as last sampled), and the children by
   * command name (`java` is an embedded Neo4j, `python…` the spaCy workers).
   */
  cpu(): { self: number; children: number; byName: Map<string, number> } {
    this.scanChildren();
    const used = process.cpuUsage(this.cpuStart);
    const byName = new Map<string, number>();
    for (const [pid, cpu] of this.childCpu) {
      const name = this.childName.get(pid)!;
      byName.set(name, (byName.get(name) ?? 0) + cpu - (this.childBaseline.get(pid) ?? 0));
    }
    return {
      self: (used.user + used.system) / 1e6,
      children: [...byName.values()].reduce((a, b) => a + b, 0),
      byName,
    };
  }

  /** RSS at `points` evenly spaced moments of the timeline (MB), to show a flat or growing line. */
  rssTimeline(points = 10): number[] {
    if (this.timeline.length === 0) return [];
    return Array.from({ length: points }, (_, i) => {
      const sample =
        this.timeline[Math.min(this.timeline.length - 1, Math.floor(((i + 1) * this.timeline.length) / points) - 1)]!;
      return Math.round(sample.rss / 1024 / 1024);
    });
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
