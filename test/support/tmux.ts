// A real terminal for end-to-end tests: tmux runs qari (with CI unset, or Ink
// writes nothing until exit), keys go in with send-keys, the screen comes back
// with capture-pane.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from './run-cli.js';

let sessions = 0;

export class TmuxScreen {
  private readonly socket: string;

  constructor(
    readonly columns = 100,
    readonly rows = 30,
  ) {
    this.socket = `qari-test-${process.pid}-${sessions++}`;
  }

  /** Starts `node bin/qari.js ARGS` in a fresh tmux server; the shell prints a marker first. */
  start(args: string[], env: Record<string, string> = {}, options: { recordTo?: string; pipedStdin?: boolean } = {}): void {
    // A fresh state and cache: no reading position or index from earlier runs.
    const home = mkdtempSync(join(tmpdir(), 'qari-tmux-'));
    const isolated = { XDG_DATA_HOME: join(home, 'data'), XDG_STATE_HOME: join(home, 'state'), XDG_CACHE_HOME: join(home, 'cache') };
    const assignments = Object.entries({ TERM: 'xterm-256color', LANG: 'C.UTF-8', QARI_LIBRARY: '', ...isolated, ...env }).map(([key, value]) => `${key}=${quote(value)}`);
    // When recording, qari waits a moment so pipe-pane is attached before its first byte.
    const pause = options.recordTo ? 'sleep 0.5 && ' : '';
    const pipe = options.pipedStdin ? "printf 'piped' | " : '';
    const command = `cd ${quote(ROOT)} && printf 'shell-before-qari\\n' && ${pause}${pipe}env -u CI ${assignments.join(' ')} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}; printf 'qari-exit=%s\\n' $?; sleep 30`;
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-x', String(this.columns), '-y', String(this.rows), 'sh', '-c', command);
    if (options.recordTo) this.tmux('pipe-pane', '-o', `cat >> ${quote(options.recordTo)}`);
  }

  /** The pid of qari's node process (the child of the pane's shell). */
  qariPid(): number {
    const shell = this.panePid();
    return Number(execFileSync('pgrep', ['-P', String(shell), '-f', 'qari.js'], { encoding: 'utf8' }).trim().split('\n')[0]);
  }

  /** Sends keys one at a time, a little apart, as a person types. */
  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.tmux('send-keys', key);
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
  }

  /** Keys all at once, in one send-keys (as fast as a terminal can deliver them). */
  keysAtOnce(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  /** Literal text, not key names. */
  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  capture(): string {
    return this.tmux('capture-pane', '-p');
  }

  lines(): string[] {
    return this.capture().split('\n');
  }

  async waitFor(check: (screen: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.capture();
      if (check(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
  }

  /** The screen once it has stopped changing for `quietMs` (every key sent has taken effect). */
  async settled(quietMs = 300, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = this.capture();
    let since = Date.now();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = this.capture();
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) {
        return now;
      }
    }
    throw new Error(`the screen never settled; it was:\n${last}`);
  }

  /** The pid of the process tmux runs in its pane (the shell running qari). */
  panePid(): number {
    return Number(this.tmux('display-message', '-p', '#{pane_pid}').trim());
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
