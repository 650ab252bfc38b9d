// Timing helpers: run a measurement after a warm-up, several times, and keep
// the median. Ratios come from runs that alternate the measured command and its
// baseline, so a machine that slows down during the bench slows both.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Runs `measure()` (which returns milliseconds, or any number) `warmup` times
 * unmeasured, then `runs` times. Returns the samples and their median.
 */
export async function sample(measure, { runs, warmup = 1, minRuns = runs, allowanceMs = Infinity }) {
  const started = nowMs();
  for (let n = 0; n < warmup; n++) await measure(-1 - n);
  const eachMs = warmup > 0 ? (nowMs() - started) / warmup : 0;
  const affordable = eachMs > 0 ? Math.floor(allowanceMs / eachMs) : runs;
  const planned = Math.max(minRuns, Math.min(runs, affordable));
  const samples = [];
  for (let n = 0; n < planned; n++) samples.push(await measure(n));
  return { samples, median: median(samples), runs: planned, reduced: planned < runs };
}

/** Like `sample`, for two measurements taken in turn: a, b, a, b... */
export async function sampleAlternating(measureA, measureB, { runs, warmup = 1, minRuns = runs, allowanceMs = Infinity }) {
  const started = nowMs();
  for (let n = 0; n < warmup; n++) {
    await measureA(-1 - n);
    await measureB(-1 - n);
  }
  // When one pair takes long, do fewer runs (never fewer than minRuns) to keep to the allowance.
  const pairMs = warmup > 0 ? (nowMs() - started) / warmup : 0;
  const affordable = pairMs > 0 ? Math.floor(allowanceMs / pairMs) : runs;
  const planned = Math.max(minRuns, Math.min(runs, affordable));
  const a = [];
  const b = [];
  for (let n = 0; n < planned; n++) {
    // Alternate which goes first, so neither always follows the other.
    if (n % 2 === 0) {
      a.push(await measureA(n));
      b.push(await measureB(n));
    } else {
      b.push(await measureB(n));
      a.push(await measureA(n));
    }
  }
  return { a: { samples: a, median: median(a) }, b: { samples: b, median: median(b) }, runs: planned, reduced: planned < runs };
}

/**
 * A whole process, wall clock: spawn to exit. `stdout` is 'pipe' (read by us,
 * as a pipe to another program would be) or 'null' (/dev/null). Throws on a
 * non-zero exit, with the first line of stderr.
 */
export function timeProcess(command, args, { cwd, env, stdout = 'pipe', timeoutMs = 120_000, input } = {}) {
  const nullFd = stdout === 'null' ? openSync('/dev/null', 'w') : undefined;
  try {
    const start = nowMs();
    const result = spawnSync(command, args, {
      cwd,
      env,
      input,
      stdio: [input === undefined ? 'ignore' : 'pipe', nullFd ?? 'pipe', 'pipe'],
      maxBuffer: 1024 * 1024 * 1024,
      timeout: timeoutMs,
    });
    const elapsed = nowMs() - start;
    if (result.error) {
      const reason = result.error.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : result.error.message;
      throw new ProcessError(`${describe(command, args)}: ${reason}`, result);
    }
    if (result.status !== 0) {
      const line = String(result.stderr ?? '').trim().split('\n')[0] || `killed by ${result.signal}`;
      throw new ProcessError(`${describe(command, args)} exited with ${result.status ?? result.signal}: ${line}`, result);
    }
    return { ms: elapsed, stdout: result.stdout, stderr: result.stderr };
  } finally {
    if (nullFd !== undefined) closeSync(nullFd);
  }
}

export class ProcessError extends Error {
  constructor(message, result) {
    super(message);
    this.status = result.status;
    this.stderr = String(result.stderr ?? '');
  }
}

export function describe(command, args) {
  return [command, ...args].map((part) => (/[\s'"]/.test(part) ? JSON.stringify(part) : part)).join(' ');
}

/** Resolves after `ms`. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
