// What the figures were measured on: cores, memory, Node, tools, the commit.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './qari.mjs';

function run(command, args) {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function describeMachine() {
  const commit = run('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = run('git', ['status', '--porcelain', '--', 'src', 'scripts', 'package.json']);
  return {
    date: new Date().toISOString(),
    nproc: Number(run('nproc', [])) || os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory: run('free', ['-h'])?.split('\n')[1]?.replace(/\s+/g, ' ') ?? `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    tmux: run('tmux', ['-V']) ?? 'missing',
    fribidi: run('fribidi', ['--version'])?.split('\n')[0] ?? 'missing',
    commit: commit ? `${commit}${dirty ? ' (+ uncommitted changes in src/)' : ''}` : 'unknown',
  };
}
