// Inputs without end, outputs that cannot be written, and documents too large for a
// naive parser: each ends in one line on stderr and the right exit code, in bounded
// time and memory. Needs the bundle: `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/run-cli.js';
import { tempLibrary, writeArticle } from './support/hostile.js';

/** A shell line with qari in it, for what needs the shell (process substitution, redirections). */
function shell(script: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', script], {
    cwd: ROOT,
    env: { ...process.env, QARI: `${process.execPath} ${BIN}`, QARI_LIBRARY: '', ...env },
    encoding: 'utf8',
    // A run that reads without end is killed here, and fails the test, well before the kernel steps in.
    timeout: 20_000,
    maxBuffer: 8 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ONE_LINE_ERROR = /^qari: [^\n]+\n$/;

/** A read-only disk needs a mount: root with CAP_SYS_ADMIN (containers often are); elsewhere that test cannot run. */
function canMountReadOnly(): boolean {
  const probe = tempLibrary('qari-ro-probe-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=4k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  return mounted;
}

describe('inputs without end are counted as they are read', () => {
  it('import of /dev/zero stops at 50 MB with one line, exit 1', () => {
    const result = shell('exec $QARI import /dev/zero --stdout');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(ONE_LINE_ERROR);
    expect(result.stderr).toMatch(/\/dev\/zero is larger than 50 MB/);
  });

  it('import of a pipe that never ends (<(yes …)) stops at 50 MB', () => {
    const result = shell(`exec $QARI import <(yes 'سطر') --stdout`);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(ONE_LINE_ERROR);
    expect(result.stderr).toMatch(/larger than 50 MB/);
  });

  it('bidi of /dev/zero (one line without end) stops with one line, exit 1', () => {
    const result = shell('exec $QARI bidi /dev/zero > /dev/null');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(ONE_LINE_ERROR);
    expect(result.stderr).toMatch(/a line is over the 50 MB limit/);
  });

  it('a library file that is a device is refused, not read', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'good', '---\ntitle: Good\n---\nbody\n');
    const result = shell(`ln -s /dev/zero ${dir}/zero.md && exec $QARI --library ${dir} list`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Good');
    expect(result.stderr).toMatch(/zero\.md: not a regular file/);
  });
});

describe('errors writing stdout other than a closed pipe', () => {
  it.each([
    ['list', ['list']],
    ['cat --format markdown', ['cat', 'why-terminals-get-arabic-wrong', '--format', 'markdown']],
    ['--help', ['--help']],
  ])('%s > /dev/full: "no space left on device", exit 1', (_, args) => {
    const result = shell(`exec $QARI ${args.join(' ')} > /dev/full`);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('qari: cannot write the output: no space left on device\n');
  });

  it('a closed pipe is still no error', () => {
    const result = shell('$QARI list | head -c 1 > /dev/null; echo "${PIPESTATUS[0]}"');
    expect(result.stdout.trim()).toBe('0');
    expect(result.stderr).toBe('');
  });
});

describe('a large flat document', () => {
  it('70,000 short paragraphs with Markdown in them open (no "nested too deeply")', () => {
    const dir = tempLibrary();
    const body = Array.from({ length: 70_000 }, (_, index) => `فقرة *قصيرة* ${index}`).join('\n\n');
    writeArticle(dir, 'flat', `---\ntitle: Flat\n---\n${body}\n`);
    const result = runCli(['--library', dir, 'cat', 'flat']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('فقرة قصيرة 69999');
  });

  it('a scrape of 70,000 such paragraphs imports and reads back', () => {
    const dir = tempLibrary();
    const input = join(dir, 'scrape.txt');
    writeFileSync(input, Array.from({ length: 70_000 }, (_, index) => `فقرة *قصيرة* رقم ${index} من النص.`).join('\n\n'));
    const result = runCli(['import', input, '--library', join(dir, 'lib'), '--id', 'scrape']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, 'lib', 'scrape.md'))).toBe(true);
  });
});

describe('messages say what happened', () => {
  it('one stray NUL in 12 KB of text is not "binary": the article reads, with a warning', () => {
    const dir = tempLibrary();
    const body = 'سطر من نص عادي في مقال طويل.\n'.repeat(250);
    writeArticle(dir, 'nul', Buffer.concat([Buffer.from(`---\ntitle: Stray\n---\n${body}`), Buffer.from([0]), Buffer.from(body)]));
    const result = runCli(['--library', dir, 'cat', 'nul']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Stray');
    expect(result.stdout).not.toContain('\u0000');
    expect(result.stderr).toMatch(/nul\.md: a stray NUL byte, left out/);
  });

  it('one stray NUL in 12 KB imports', () => {
    const text = 'سطر من نص عادي في مقال طويل.\n\n'.repeat(250);
    const result = runCli(['import', '-', '--stdout'], { input: Buffer.concat([Buffer.from(text), Buffer.from([0]), Buffer.from(text)]) });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('\u0000');
  });

  it('--width 99999999999 is a usage error naming the limit, not "Invalid string length"', () => {
    for (const args of [['cat', 'why-terminals-get-arabic-wrong', '--visual'], ['bidi', 'README.md']]) {
      const result = runCli([...args, '--width', '99999999999']);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^qari: --width must be at most \d+, not 99999999999\n$/);
    }
  });

  it('import into a library folder that cannot be made (under /proc) ends with one line, not a hang', () => {
    const result = shell(`exec $QARI import - --library /proc/qari-no-such/articles < README.md`);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(ONE_LINE_ERROR);
  });

  it.runIf(canMountReadOnly())('import into a missing library folder on a read-only disk says read-only, not missing', () => {
    const disk = tempLibrary('qari-ro-');
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', disk]);
    try {
      const result = shell(`exec $QARI import - --library ${disk}/library/articles < README.md`);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`qari: ${disk}/library/articles: read-only file system\n`);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('qari cat -- --help looks for an article called --help', () => {
    const result = runCli(['cat', '--', '--help']);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^qari: no article "--help"/);
  });
});
