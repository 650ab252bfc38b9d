// `qari import FILE|- [--id ID] [--force] [--stdout] [--explain]`: the command
// in-process with fake streams, and the built binary as a process.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import { UsageError } from '../../src/cli/errors.js';
import type { CommandIO } from '../../src/cli/io.js';
import { parseArticle } from '../../src/article/parse.js';
import { ARTICLES, BIN, ROOT, runCli } from '../support/run-cli.js';
import { fixturePath, SEED, SEED_STRUCTURE, structure } from '../article/import/helpers.js';

const SEED_FILE = fixturePath('seed.txt');
const SEED_ID = '2024-01-31-bad-mnaqsha-jdwla-alanshab-alamryky-hl-tsmd';

interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the command as main.ts does: thrown UsageError → 2, other errors → 1, one line on stderr. */
async function run(argv: string[], options: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Result> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const input = options.stdin === undefined ? [] : [typeof options.stdin === 'string' ? Buffer.from(options.stdin, 'utf8') : options.stdin];
  const io: CommandIO = {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: Readable.from(input) as unknown as NodeJS.ReadStream,
    env: { ...ownFolders(), ...options.env },
    cwd: options.cwd ?? tmp(),
  };
  let status: number;
  try {
    status = await importCommand(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`qari: ${message.split('\n')[0]}\n`);
    status = error instanceof UsageError ? 2 : 1;
  }
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: out, stderr: err };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'qari-import-'));
}

/** A run's own data, cache and state folders: nothing is written to the user's. */
function ownFolders(): NodeJS.ProcessEnv {
  const home = tmp();
  return { XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), XDG_STATE_HOME: join(home, 'state') };
}

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function expectOneLineError(result: Result, pattern: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^qari: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
}

describe('qari import (in-process)', () => {
  it('writes <library>/<id>.md, prints its path, leaves no temporary file', async () => {
    const library = join(tmp(), 'lib');
    const result = await run([SEED_FILE, '--library', library]);
    expect(result).toEqual({ status: 0, stdout: `${join(library, `${SEED_ID}.md`)}\n`, stderr: '' });
    expect(files(library)).toEqual([`${SEED_ID}.md`]);
    const article = parseArticle(readFileSync(join(library, `${SEED_ID}.md`), 'utf8'), SEED_ID);
    expect(article.sections.map((section) => section.heading)).toEqual(SEED_STRUCTURE.headings);
    expect(article.source).toBe('حفريات');
  });

  it('a CRLF + BOM copy of the seed and a bare one (no repeats, date, related, boilerplate or blank lines) write the same article', async () => {
    const library = tmp();
    expect((await run([SEED_FILE, '--library', library, '--id', 'plain'])).status).toBe(0);
    expect((await run([fixturePath('seed-crlf-bom.txt'), '--library', library, '--id', 'crlf'])).status).toBe(0);
    expect((await run([fixturePath('seed-bare.txt'), '--library', library, '--id', 'bare'])).status).toBe(0);
    const read = (id: string) => parseArticle(readFileSync(join(library, `${id}.md`), 'utf8'), id);
    expect(readFileSync(join(library, 'crlf.md'), 'utf8')).toBe(readFileSync(join(library, 'plain.md'), 'utf8'));
    expect(structure(read('bare'))).toEqual({ ...structure(read('plain')), date: null, related: [] });
    expect(read('bare').source).toBeNull();
  });

  it('never overwrites without --force: exit 1, a message naming the file and --force, the file intact', async () => {
    const library = tmp();
    const target = join(library, `${SEED_ID}.md`);
    writeFileSync(target, 'an article that was here first\n');
    const before = statSync(target).mtimeMs;
    const result = await run([SEED_FILE, '--library', library]);
    expectOneLineError(result, new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} already exists; add --force`));
    expect(readFileSync(target, 'utf8')).toBe('an article that was here first\n');
    expect(statSync(target).mtimeMs).toBe(before);
    expect(files(library)).toEqual([`${SEED_ID}.md`]);
  });

  it('--force replaces the file atomically', async () => {
    const library = tmp();
    const target = join(library, `${SEED_ID}.md`);
    writeFileSync(target, 'old\n');
    const result = await run([SEED_FILE, '--library', library, '--force']);
    expect(result.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle: /);
    expect(files(library)).toEqual([`${SEED_ID}.md`]);
  });

  it('a failed write leaves no temporary file behind', async () => {
    const library = tmp();
    mkdirSync(join(library, `${SEED_ID}.md`));
    const result = await run([SEED_FILE, '--library', library, '--force']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^qari: [^\n]+\n$/);
    expect(files(library)).toEqual([`${SEED_ID}.md`]);
  });

  it('--id sets the id; a bad --id is a usage error', async () => {
    const library = tmp();
    expect((await run([SEED_FILE, '--library', library, '--id', 'iraq-2024'])).status).toBe(0);
    expect(files(library)).toEqual(['iraq-2024.md']);
    for (const id of ['../escape', 'a/b', '-x', 'name.md', 'عربي', '']) {
      const result = await run([SEED_FILE, '--library', library, `--id=${id}`]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^qari: --id [^\n]+\n$/);
    }
    expect(files(library)).toEqual(['iraq-2024.md']);
  });

  it('--stdout prints the article and writes nothing', async () => {
    const library = join(tmp(), 'lib');
    const result = await run([SEED_FILE, '--library', library, '--stdout']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(structure(parseArticle(result.stdout, 'x')).sections.map((section) => section.heading)).toEqual(SEED_STRUCTURE.headings);
    expect(existsSync(library)).toBe(false);
  });

  it('--explain prints every input line with its role and why, then the dropped lines, and writes nothing', async () => {
    const library = join(tmp(), 'lib');
    const result = await run([SEED_FILE, '--library', library, '--explain']);
    expect(result.status).toBe(0);
    const [perLine = '', summary = ''] = result.stdout.trimEnd().split('\n\n');
    const lines = perLine.split('\n');
    expect(lines).toHaveLength(SEED.split('\n').length);
    expect(lines[0]).toMatch(/^\s*1\s+title\s+the headline: first on the page .*\| بعد مناقشة/);
    expect(lines[17]).toMatch(/^\s*18\s+heading\s+.+\| فحوى المفاوضات الجارية$/);
    expect(lines[21]).toMatch(/^\s*22\s+caption\s+/);
    expect(lines[43]).toMatch(/^\s*44\s+quote\s+.+attributed to the name/);
    expect(lines[98]).toMatch(/^\s*99\s+boilerplate\s+site boilerplate/);
    expect(summary).toMatch(/^article text: lines 10–84, the densest run of long paragraphs/);
    expect(summary).toMatch(/\ndropped: 6 lines, \d+ words \(--keep-all keeps them\)\n/);
    expect(summary).toMatch(/\n  97–99  boilerplate: site boilerplate: a publish-your-article prompt\n/);
    expect(existsSync(library)).toBe(false);
  });

  it('--keep-all keeps the lines it would drop, as paragraphs where they stand', async () => {
    const kept = parseArticle((await run([SEED_FILE, '--keep-all', '--stdout'])).stdout, 'x');
    const text = (article: typeof kept) => [...article.lead, ...article.sections.flatMap((section) => section.blocks)].map((block) => ('text' in block ? block.text : '')).join('\n');
    expect(text(kept)).toContain('انشر مقالك');
    expect(text(kept)).toContain('مواضيع ذات صلة:');
    const usual = parseArticle((await run([SEED_FILE, '--stdout'])).stdout, 'x');
    expect(text(usual)).not.toContain('انشر مقالك');
  });

  it('reads standard input for -', async () => {
    const result = await run(['-', '--stdout'], { stdin: SEED });
    expect(result.status).toBe(0);
    expect(parseArticle(result.stdout, 'x').related).toHaveLength(3);
  });

  it('writes to ./articles by default, and to QARI_LIBRARY when set', async () => {
    const cwd = tmp();
    mkdirSync(join(cwd, 'articles'));
    expect((await run([SEED_FILE], { cwd })).status).toBe(0);
    expect(files(join(cwd, 'articles'))).toEqual([`${SEED_ID}.md`]);
    const library = join(tmp(), 'env-lib');
    expect((await run([SEED_FILE], { cwd, env: { QARI_LIBRARY: library } })).status).toBe(0);
    expect(files(library)).toEqual([`${SEED_ID}.md`]);
  });

  it('with no library chosen and no ./articles, writes to $XDG_DATA_HOME/qari/articles (never the bundled folder) and says so', async () => {
    const folders = ownFolders();
    const own = join(folders.XDG_DATA_HOME ?? '', 'qari', 'articles');
    const first = await run([SEED_FILE], { env: folders });
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`${join(own, `${SEED_ID}.md`)}\n`);
    expect(first.stderr).toBe(`qari: created the library folder ${own}; qari lists it from now on\n`);
    expect(files(own)).toEqual([`${SEED_ID}.md`]);
    expect(files(ARTICLES)).not.toContain(`${SEED_ID}.md`);
    // The second import says nothing more on stderr.
    const second = await run([SEED_FILE, '--id', 'again'], { env: folders });
    expect(second.stderr).toBe('');
  });

  it.each([
    ['empty input', Buffer.alloc(0), /standard input is empty/],
    ['blank lines only', Buffer.from('\n \n\u00A0\n'), /standard input has no text/],
    ['binary input', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), /standard input is a binary file/],
    // Latin-1 "café naïve": neither UTF-8 nor Arabic in windows-1256 or ISO-8859-6.
    ['text that is not UTF-8', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x0a]), /standard input is not valid UTF-8/],
    ['UTF-16', Buffer.from('\uFEFFعنوان', 'utf16le'), /standard input is UTF-16/],
    ['only boilerplate', Buffer.from('انشر مقالك\n\nالصفحة الرئيسية\n'), /no article text/],
  ])('%s: exit 1, one line on stderr, no file written', async (_, stdin, message) => {
    const library = join(tmp(), 'lib');
    expectOneLineError(await run(['-', '--library', library], { stdin }), message);
    expect(existsSync(library)).toBe(false);
  });

  it('a missing file or a folder: exit 1, one line', async () => {
    const dir = tmp();
    expectOneLineError(await run([join(dir, 'nope.txt'), '--library', dir]), /nope\.txt: no such file/);
    expectOneLineError(await run([dir, '--library', dir]), /is a folder, not a file/);
  });

  it('usage errors exit 2: no FILE, two FILEs, an unknown flag', async () => {
    for (const argv of [[], [SEED_FILE, SEED_FILE], [SEED_FILE, '--nope']]) {
      const result = await run(argv);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^qari: [^\n]+\n$/);
    }
  });
});

describe('qari import (the built binary)', () => {
  it('has a bundle to run (npm test builds it)', () => {
    expect(existsSync(join(ROOT, 'dist', 'qari.cjs'))).toBe(true);
  });

  it('imports the seed; cat --format json gives its structure', () => {
    const library = tmp();
    const imported = runCli(['import', SEED_FILE, '--library', library]);
    expect(imported).toEqual({ status: 0, stdout: `${join(library, `${SEED_ID}.md`)}\n`, stderr: '' });
    const cat = runCli(['cat', SEED_ID, '--format', 'json', '--library', library]);
    expect(cat.status).toBe(0);
    const json = JSON.parse(cat.stdout) as {
      title: string;
      date: string;
      source: string;
      lead: { type: string }[];
      sections: { heading: string; blocks: { type: string; attribution?: string }[] }[];
      related: { ref: string }[];
    };
    expect(json.title).toBe(SEED_STRUCTURE.title);
    expect(json.date).toBe('2024-01-31');
    expect(json.source).toBe('حفريات');
    expect(json.lead.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(json.sections.map((section) => section.heading)).toEqual(SEED_STRUCTURE.headings);
    const blocks = json.sections.flatMap((section) => section.blocks);
    expect(blocks.filter((block) => block.type === 'quote').map((block) => block.attribution)).toEqual(SEED_STRUCTURE.attributions);
    expect(blocks.filter((block) => block.type === 'caption')).toHaveLength(3);
    expect(json.related).toHaveLength(3);
  });

  it('qari lists the user\'s own library, once something is imported into it, together with the bundled articles', () => {
    const cwd = tmp(); // no ./articles here
    const env = ownFolders();
    const bundled = runCli(['list'], { cwd, env }).stdout.split('\n').filter(Boolean);
    expect(bundled.length).toBeGreaterThan(0);
    expect(runCli(['import', SEED_FILE, '--id', 'mine'], { cwd, env }).status).toBe(0);
    const listed = runCli(['list'], { cwd, env }).stdout.split('\n').filter(Boolean);
    expect(listed.map((line) => line.split('\t')[0]).sort()).toEqual([...bundled.map((line) => line.split('\t')[0]), 'mine'].sort());
    expect(runCli(['cat', 'mine'], { cwd, env }).status).toBe(0);
    // A library chosen with --library is listed alone.
    expect(runCli(['list', '--library', join(env.XDG_DATA_HOME ?? '', 'qari', 'articles')], { cwd, env }).stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('cat --format text, imported again from standard input, gives the same structure', () => {
    const library = tmp();
    runCli(['import', SEED_FILE, '--library', library]);
    const text = runCli(['cat', SEED_ID, '--format', 'text', '--library', library]);
    expect(text.status).toBe(0);
    const again = runCli(['import', '-', '--stdout', '--library', library], { input: text.stdout });
    expect(again.status).toBe(0);
    const original = parseArticle(readFileSync(join(library, `${SEED_ID}.md`), 'utf8'), SEED_ID);
    expect(structure(parseArticle(again.stdout, SEED_ID))).toEqual(structure(original));
  });

  it('refuses to overwrite without --force, then overwrites with it', () => {
    const library = tmp();
    expect(runCli(['import', SEED_FILE, '--library', library]).status).toBe(0);
    const refused = runCli(['import', SEED_FILE, '--library', library]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^qari: .+already exists; add --force[^\n]*\n$/);
    expect(runCli(['import', SEED_FILE, '--library', library, '--force']).status).toBe(0);
    expect(files(library)).toEqual([`${SEED_ID}.md`]);
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['binary', Buffer.from([0x00, 0x01, 0x02, 0x03])],
    ['not UTF-8', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])],
  ])('%s input: exit 1, one line on stderr, nothing written', (_, input) => {
    const library = join(tmp(), 'lib');
    const result = runCli(['import', '-', '--library', library], { input });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^qari: [^\n]+\n$/);
    expect(existsSync(library)).toBe(false);
  });

  it('--explain and --stdout work in a pipe', () => {
    const explained = runCli(['import', SEED_FILE, '--explain', '--library', tmp()]);
    expect(explained.status).toBe(0);
    expect(explained.stdout.split('\n\n')[0]?.split('\n')).toHaveLength(SEED.split('\n').length);
    expect(runCli(['import', SEED_FILE, '--stdout', '--library', tmp()]).stdout).toMatch(/^---\ntitle: /);
  });

  it('uses the binary it says it does', () => {
    expect(existsSync(BIN)).toBe(true);
  });
});
