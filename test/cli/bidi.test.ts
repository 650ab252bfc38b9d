// `qari bidi`: a filter like fribidi, one paragraph per input line, lines
// wrapped in logical order; streamed, quiet on a closed pipe, clear on bad use.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { runBidi } from '../text/support/run-bidi.js';
import { BIN, ROOT, runCli } from '../support/run-cli.js';
import { QariError, UsageError } from '../../src/cli/errors.js';
import { displayWidth } from '../../src/text/index.js';

const dir = mkdtempSync(join(tmpdir(), 'qari-bidi-'));
const ARABIC = 'تناقش الحكومة العراقية آليات جدولة انسحاب التحالف الدولي بقيادة الولايات المتحدة الأمريكية لمحاربة تنظيم داعش';

describe('qari bidi', () => {
  it('writes each paragraph’s visual lines, 80 cells wide when stdout is not a terminal', async () => {
    const run = await runBidi([], `${ARABIC}\nhello\n`);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(displayWidth(line)).toBe(80);
    // RTL flush right: the first line ends with the paragraph's first word (shaped ﺶﻗﺎﻨﺗ).
    expect(lines[0]!.endsWith('\ufe97\ufee8\ufe8e\ufed7\ufeb6'.split('').reverse().join(''))).toBe(true);
    expect(lines[2]).toBe('hello'.padEnd(80));
  });

  it('uses the terminal’s width when stdout is a terminal', async () => {
    const run = await runBidi([], 'hello\n', { stdoutIsTTY: true, columns: 33 });
    // On a terminal the output is framed by the switch to explicit bidi and back.
    expect(run.stdout.startsWith('\u001B[8l')).toBe(true);
    expect(run.stdout.replace(/\u001B\[[0-9 ]*[a-zA-Z]/g, '')).toBe(`${'hello'.padEnd(33)}\n`);
  });

  it('does not wrap or pad with --width 0, and --no-pad leaves lines as they are', async () => {
    expect((await runBidi(['--width', '0'], `${ARABIC}\n`)).stdout.split('\n').length).toBe(2);
    const run = await runBidi(['--width', '30', '--no-pad'], 'short\nعربي\n');
    const [latin, arabic] = run.stdout.split('\n');
    expect(latin).toBe('short');
    expect(displayWidth(arabic!)).toBe(4);
    expect(arabic!.trim()).toBe(arabic);
  });

  it('takes --dir, --no-shape and --no-mirror', async () => {
    expect((await runBidi(['-w', '0', '--dir', 'rtl'], 'a b\n')).stdout).toBe('a b\n');
    expect((await runBidi(['-w', '0', '--dir', 'rtl', '--no-shape'], 'ab (عربي)\n')).stdout).toBe('(يبرع) ab\n');
    expect((await runBidi(['-w', '0', '--dir', 'rtl', '--no-shape', '--no-mirror'], 'ab (عربي)\n')).stdout).toBe(')يبرع( ab\n');
    expect((await runBidi(['-w', '0', '--dir', 'ltr', '--no-shape'], 'عربي ab\n')).stdout).toBe('يبرع ab\n');
    expect((await runBidi(['-w', '0', '--no-shape'], 'عربي ab\n')).stdout).toBe('ab يبرع\n');
  });

  it('reads a file, or standard input as -', async () => {
    const file = join(dir, 'in.txt');
    writeFileSync(file, 'one\r\ntwo\n');
    expect((await runBidi(['-w', '0', file], null)).stdout).toBe('one\ntwo\n');
    expect((await runBidi(['-w', '0', 'in.txt'], null, { cwd: dir })).stdout).toBe('one\ntwo\n');
    expect((await runBidi(['-w', '0', '-'], 'three\n', { stdinIsTTY: true })).stdout).toBe('three\n');
  });

  it('strips escape sequences and controls from the input', async () => {
    const run = await runBidi(['-w', '0'], '\x1b]0;owned\x07\x1b[2Jtext\x9b31m\x07\n');
    expect(run.stdout).toBe('text\n');
  });

  it('refuses bad use with a usage error (exit 2)', async () => {
    await expect(runBidi(['--width', 'wide'], '')).rejects.toThrow(UsageError);
    await expect(runBidi(['--width', '-3'], '')).rejects.toThrow(UsageError);
    await expect(runBidi(['--dir', 'up'], '')).rejects.toThrow(/--dir must be auto, rtl or ltr/);
    await expect(runBidi(['--frobnicate'], '')).rejects.toThrow(UsageError);
    await expect(runBidi(['a.txt', 'b.txt'], '')).rejects.toThrow(UsageError);
    // No FILE and nothing piped in: reading the keyboard would look like a hang.
    await expect(runBidi([], null, { stdinIsTTY: true })).rejects.toThrow(UsageError);
  });

  it('reports an unreadable file as a runtime error (exit 1)', async () => {
    await expect(runBidi([join(dir, 'missing.txt')], null)).rejects.toThrow(QariError);
    await expect(runBidi([join(dir, 'missing.txt')], null)).rejects.toThrow(/cannot read .*missing\.txt: no such file/);
    await expect(runBidi([dir], null)).rejects.toThrow(/cannot read .*: is a folder/);
  });

  it('streams: output leaves in many writes, not one at the end', async () => {
    const input = `${ARABIC}\n`.repeat(3000);
    const run = await runBidi(['-w', '80'], input);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').length).toBe(2 * 3000 + 1); // two lines at 80 cells
    expect(run.writes).toBeGreaterThan(5);
  });

  it('ends quietly when the reader goes away (EPIPE)', async () => {
    const input = `${ARABIC}\n`.repeat(3000);
    const run = await runBidi(['-w', '80'], input, { breakAfterWrites: 1 });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.writes).toBeLessThan(5);
  });

  describe('as a real process', () => {
    it('runs from bin/qari.js with the documented exit codes', () => {
      const ok = runCli(['bidi', '--width', '20'], { input: 'قال: "مرحبا"\n' });
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toBe(`${' '.repeat(8)}"\ufe8e\ufe92\ufea3\ufeae\ufee3" :\ufedd\ufe8e\ufed7\n`);
      const usage = runCli(['bidi', '--width', 'x'], { input: '' });
      expect(usage.status).toBe(2);
      expect(usage.stderr).toMatch(/^qari: .*--width/);
      const missing = runCli(['bidi', 'no-such-file.txt'], { input: '' });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toBe('qari: cannot read no-such-file.txt: no such file or folder\n');
    });

    it('ends quietly with 0 when the reader closes the pipe (| head)', async () => {
      const big = join(dir, 'big.txt');
      writeFileSync(big, `${ARABIC}\n`.repeat(20000));
      const child = spawn(process.execPath, [BIN, 'bidi', '--width', '80', big], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((done) => child.on('close', done));
      expect(stderr).toBe('');
      expect(status).toBe(0);
    });
  });
});
