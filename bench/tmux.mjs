// A real terminal for the TUI timings: a private tmux server (its own socket,
// no config), one session of a fixed size, driven through one control-mode
// client so that polling the screen costs a round trip on a pipe rather than a
// new tmux process every 10 ms.
//
// The pane's shell first waits on a FIFO; `launch()` opens it, which is the
// start of the clock, so tmux's own start-up is not timed. The command runs
// with `exec` (the pane's pid is the program's pid, for /proc/PID/status) and
// `env -u CI` (with CI set, Ink writes nothing until exit). The pane stays
// after the program exits (remain-on-exit), so its exit can be seen.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync, constants } from 'node:fs';
import { join } from 'node:path';
import { nowMs, sleep } from './timing.mjs';

const live = new Set();
let counter = 0;

/** Kills every tmux server this process started (on exit, Ctrl-C, errors). */
export function killAllTerminals() {
  for (const terminal of [...live]) terminal.close();
}

export function quote(value) {
  return `'${String(value).replace(/'/g, `'\\''`)}'`;
}

const tmuxEnv = () => {
  const env = { ...process.env, LANG: 'C.UTF-8' };
  delete env.TMUX;
  delete env.TMUX_PANE;
  return env;
};

export class Terminal {
  /**
   * @param {object} options
   * @param {string[]} options.argv the program and its arguments
   * @param {Record<string,string>} [options.env] variables for the program
   * @param {string[]} [options.unset] variables to remove (CI always is)
   * @param {string} options.cwd
   * @param {string} options.tmpDir where the FIFO goes
   */
  static async start({ argv, env = {}, unset = [], cwd, tmpDir, columns = 100, rows = 30 }) {
    const terminal = new Terminal(columns, rows, tmpDir);
    try {
      await terminal.boot(argv, env, unset, cwd);
    } catch (error) {
      terminal.close();
      throw error;
    }
    return terminal;
  }

  constructor(columns, rows, tmpDir) {
    this.columns = columns;
    this.rows = rows;
    this.socket = `qari-bench-${process.pid}-${counter++}`;
    this.fifo = join(tmpDir, `${this.socket}.fifo`);
    this.socketPath = join(process.env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid()}`, this.socket);
    this.pending = [];
    this.block = undefined;
    this.closed = false;
    live.add(this);
  }

  async boot(argv, env, unset, cwd) {
    execFileSync('mkfifo', [this.fifo]);
    const assignments = Object.entries({ TERM: 'xterm-256color', LANG: 'C.UTF-8', QARI_LIBRARY: '', ...env }).map(([key, value]) => `${key}=${quote(value)}`);
    const shell = `read _ < ${quote(this.fifo)}; exec env ${['CI', ...unset].map((name) => `-u ${quote(name)}`).join(' ')} ${assignments.join(' ')} ${argv.map(quote).join(' ')}`;
    this.tmux('new-session', '-d', '-s', 'bench', '-x', String(this.columns), '-y', String(this.rows), '-c', cwd, shell, ';', 'set-option', '-g', 'remain-on-exit', 'on', ';', 'set-option', '-g', 'window-size', 'manual');
    this.client = spawn('tmux', ['-u', '-L', this.socket, '-C', 'attach-session', '-t', 'bench'], { stdio: ['pipe', 'pipe', 'pipe'], env: tmuxEnv() });
    this.client.stdout.setEncoding('utf8');
    let buffer = '';
    this.client.stdout.on('data', (chunk) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        this.onLine(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
    });
    this.client.on('exit', () => this.onClientExit('the tmux control client exited'));
    this.client.stdin.on('error', () => {});
    // The client answers the attach itself first; commands sent before that find no client.
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the tmux control client did not attach within 5 s')), 5000);
      this.attached = () => (clearTimeout(timer), resolve());
    });
    await this.command('refresh-client -f no-output');
    // tmux 3.3 leaves its socket file behind after kill-server; close() removes it.
    this.socketPath = (await this.command("display-message -p '#{socket_path}'")).trim();
    const size = (await this.command("display-message -p -t bench '#{window_width}x#{window_height}'")).trim();
    if (size !== `${this.columns}x${this.rows}`) throw new Error(`tmux window is ${size}, not ${this.columns}x${this.rows}`);
  }

  onLine(line) {
    if (this.block) {
      if ((line.startsWith('%end ') || line.startsWith('%error ')) && line.slice(line.indexOf(' ') + 1) === this.block.id) {
        const { lines, mine } = this.block;
        this.block = undefined;
        if (!mine) {
          this.attached?.();
          return;
        }
        const waiter = this.pending.shift();
        if (!waiter) return;
        if (line.startsWith('%error ')) waiter.reject(new Error(`tmux: ${lines.join(' ')}`));
        else waiter.resolve(lines.join('\n'));
      } else {
        this.block.lines.push(line);
      }
      return;
    }
    if (line.startsWith('%begin ')) {
      const id = line.slice('%begin '.length);
      // The flags field is 1 for the commands this client sent, 0 for the attach.
      this.block = { id, lines: [], mine: id.split(' ')[2] === '1' };
    } else if (line.startsWith('%exit')) {
      this.onClientExit('tmux ended the session');
    }
  }

  onClientExit(reason) {
    for (const waiter of this.pending.splice(0)) waiter.reject(new Error(reason));
  }

  /** One tmux command over the control client; resolves with its output. */
  command(text, timeoutMs = 5000) {
    if (this.closed) return Promise.reject(new Error('the terminal is closed'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`tmux did not answer "${text.slice(0, 40)}" within ${timeoutMs} ms`)), timeoutMs);
      this.pending.push({
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      this.client.stdin.write(`${text}\n`);
    });
  }

  /** Starts the program; returns the time the clock started (ms, `nowMs()`). */
  async launch(timeoutMs = 5000) {
    const deadline = nowMs() + timeoutMs;
    for (;;) {
      try {
        // Succeeds only once the pane's shell is waiting on the FIFO.
        const fd = openSync(this.fifo, constants.O_WRONLY | constants.O_NONBLOCK);
        const start = nowMs();
        writeSync(fd, 'go\n');
        closeSync(fd);
        return start;
      } catch (error) {
        if (error.code !== 'ENXIO') throw error;
        if (nowMs() > deadline) throw new Error(`the pane's shell never waited on its FIFO (${timeoutMs} ms)`);
        await sleep(1);
      }
    }
  }

  /** The screen as text, one line per row, trailing spaces trimmed (tmux does it). */
  capture() {
    return this.command('capture-pane -p -t bench');
  }

  /**
   * Polls the screen every `pollMs` until `check(screen)` is true. Returns the
   * screen and the time it was seen; on timeout, throws with `what` and the screen.
   */
  async waitFor(check, what, { timeoutMs = 20_000, pollMs = 10 } = {}) {
    const deadline = nowMs() + timeoutMs;
    let screen = '';
    for (;;) {
      const asked = nowMs();
      screen = await this.capture();
      const at = nowMs();
      if (check(screen)) return { screen, at, asked };
      if (at > deadline) throw new TimeoutError(`timed out after ${(timeoutMs / 1000).toFixed(1)} s waiting for ${what}`, screen);
      const next = asked + pollMs - nowMs();
      if (next > 0) await sleep(next);
    }
  }

  /** Waits until the screen has not changed for `quietMs`; returns it. */
  async waitStable(what, { quietMs = 300, timeoutMs = 30_000, pollMs = 10 } = {}) {
    let last;
    let since = nowMs();
    return this.waitFor(
      (screen) => {
        const now = nowMs();
        if (screen !== last) {
          last = screen;
          since = now;
          return false;
        }
        return now - since >= quietMs;
      },
      `${what} to stop changing`,
      { timeoutMs, pollMs },
    );
  }

  /**
   * Literal text typed in one go (one write to the pane). Resolves, once tmux
   * has done it, with the time the command was sent: a clock started there
   * counts tmux's own round trip too, so it never flatters the program.
   */
  async type(text) {
    const sentAt = nowMs();
    await this.command(`send-keys -t bench -l ${quote(text)}`);
    return sentAt;
  }

  /** Key names (Enter, C-c, G...). */
  async keys(...names) {
    await this.command(`send-keys -t bench ${names.map(quote).join(' ')}`);
    return nowMs();
  }

  async panePid() {
    return Number((await this.command("display-message -p -t bench '#{pane_pid}'")).trim());
  }

  async paneDead() {
    return (await this.command("display-message -p -t bench '#{pane_dead} #{pane_dead_status}'")).trim();
  }

  /** Waits for the program to exit; returns its exit status. */
  async waitExit(what, { timeoutMs = 10_000, pollMs = 10 } = {}) {
    const deadline = nowMs() + timeoutMs;
    let deadSince;
    for (;;) {
      const asked = nowMs();
      const [dead, status] = (await this.paneDead()).split(' ');
      // tmux marks the pane dead when its output closes and learns the status when it reaps the child.
      if (dead === '1') {
        deadSince ??= { at: nowMs(), asked };
        if (status !== undefined && status !== '') return { status: Number(status), ...deadSince };
        if (nowMs() - deadSince.at > 500) return { status: null, ...deadSince };
      }
      if (nowMs() > deadline) throw new TimeoutError(`timed out after ${(timeoutMs / 1000).toFixed(1)} s waiting for ${what} to exit`, await this.capture());
      const next = asked + pollMs - nowMs();
      if (next > 0) await sleep(next);
    }
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    live.delete(this);
    this.onClientExit('the terminal was closed');
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
    this.client?.kill();
    rmSync(this.fifo, { force: true });
    if (this.socketPath?.endsWith(`/${this.socket}`)) rmSync(this.socketPath, { force: true });
  }

  tmux(...args) {
    return execFileSync('tmux', ['-u', '-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env: tmuxEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  }
}

export class TimeoutError extends Error {
  constructor(message, screen) {
    super(message);
    this.screen = screen;
  }
}

/** Runs `body(terminal)` in a fresh terminal and always closes it. */
export async function withTerminal(options, body) {
  const terminal = await Terminal.start(options);
  try {
    return await body(terminal);
  } finally {
    terminal.close();
  }
}
