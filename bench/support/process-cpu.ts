import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerS: number | undefined;

function clockTicksPerS(): number {
  if (ticksPerS !== undefined) return ticksPerS;
  try {
    ticksPerS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    ticksPerS = 100;
  }
  return ticksPerS;
}

/**
 * CPU seconds (user + system, every thread) a process has used so far, from /proc/<pid>/stat; NaN
 * where there is no /proc (the figures that depend on it are then left out).
 */
export function processCpuS(pid: number | undefined): number {
  return pid === undefined ? Number.NaN : statCpuS(`/proc/${pid}/stat`);
}

/** User + system seconds from a /proc stat file (a process's, or a thread's: /proc/thread-self/stat). */
export function statCpuS(path: string): number {
  try {
    const stat = readFileSync(path, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicksPerS();
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds this process has used so far (the load generator, when autocannon runs in it). */
export function ownCpuS(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
