import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ARTICLES, BIN, runCli } from '../support/run-cli.js';
import { bundledArticle, bundledArticleFiles, SEED_ID } from '../support/articles.js';

describe('qari list', () => {
  it('prints one line per bundled article: id, date, title, sections, related', () => {
    const { status, stdout, stderr } = runCli(['list']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(bundledArticleFiles().length);
    const seedRow = lines.find((line) => line.startsWith(`${SEED_ID}\t`));
    expect(seedRow?.split('\t')).toEqual([SEED_ID, '2024-01-31', bundledArticle(SEED_ID).title, '4 sections', '3 related']);
  });

  it('--json gives the same articles for scripts', () => {
    const { status, stdout } = runCli(['list', '--json']);
    expect(status).toBe(0);
    const items = JSON.parse(stdout) as Array<{ id: string; sections: string[] }>;
    expect(items.map((item) => item.id).sort()).toEqual(bundledArticleFiles().map((name) => name.replace(/\.md$/, '')).sort());
  });

  it('is what `qari` prints when stdout is a pipe', () => {
    expect(runCli([]).stdout).toBe(runCli(['list']).stdout);
  });

  it('lists good files and reports a broken one on stderr, exiting 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qari-lib-'));
    writeFileSync(join(dir, 'good.md'), '---\ntitle: Good\n---\nbody\n');
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: [oops\n---\n');
    const { status, stdout, stderr } = runCli(['list', '--library', dir]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^good\t-\tGood\t0 sections\t0 related\n$/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/bad\.md: front matter is not valid YAML/);
  });

  it('ends quietly with 0 when the pipe closes early', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qari-big-'));
    for (let index = 0; index < 300; index++) writeFileSync(join(dir, `a${index}.md`), `---\ntitle: Article ${index}\n---\nbody\n`);
    const child = spawn(process.execPath, [BIN, 'list', '--library', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('qari cat', () => {
  it('--format json gives the seed article\'s structure (title, lead, sections, related) for scripts', () => {
    const { status, stdout } = runCli(['cat', SEED_ID, '--format', 'json']);
    expect(status).toBe(0);
    const model = JSON.parse(stdout);
    expect(model).toMatchObject({ id: SEED_ID, date: '2024-01-31', lang: 'ar', dir: 'rtl', source: 'حفريات', author: null });
    expect(model.lead).toHaveLength(4);
    expect(model.sections.map((section: { heading: string }) => section.heading)).toEqual(['فحوى المفاوضات الجارية', 'تحذيرات الفصائل', 'حكومة بغداد تصرّح', 'مخاطر أمنية']);
    expect(model.related).toHaveLength(3);
    expect(model.related.every((entry: { id: unknown; title: unknown }) => entry.id === null && entry.title === null)).toBe(true);
  });

  it('resolves related entries to ids and titles', () => {
    const model = JSON.parse(runCli(['cat', 'terminal-arabic-mixed', '--format', 'json']).stdout);
    expect(model.related[0]).toEqual({ ref: SEED_ID, id: SEED_ID, title: bundledArticle(SEED_ID).title });
  });

  it('text: title, date, then one paragraph a line in logical order', () => {
    const { status, stdout } = runCli(['cat', SEED_ID]);
    expect(status).toBe(0);
    const lines = stdout.split('\n').filter((line) => line !== '');
    const article = bundledArticle(SEED_ID);
    expect(lines[0]).toBe(article.title);
    expect(lines[1]).toBe('2024-01-31');
    const first = article.lead[0];
    expect(first && 'text' in first ? lines[2] : undefined).toBe(first && 'text' in first ? first.text : 'missing');
    expect(lines).toContain('مخاطر أمنية');
  });

  it('finds an article by a unique piece of its title, Arabic-folded', () => {
    // "المتانية" without hamza or harakat still finds "المُتَأَنِّيَةِ".
    const { status, stdout } = runCli(['cat', 'القراءة المتانية', '--format', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).id).toBe('slow-reading-harakat');
  });

  it('--section N prints that section only', () => {
    const { stdout } = runCli(['cat', SEED_ID, '--section', '4']);
    expect(stdout.split('\n')[0]).toBe('مخاطر أمنية');
    expect(stdout).not.toContain('حكومة بغداد تصرّح');
  });

  it('--format markdown prints the article as qari writes it: it reads back the same, and a file qari wrote comes back byte for byte', () => {
    const { stdout } = runCli(['cat', SEED_ID, '--format', 'markdown']);
    const dir = mkdtempSync(join(tmpdir(), 'qari-md-'));
    writeFileSync(join(dir, 'copy.md'), stdout);
    const copy = JSON.parse(runCli(['cat', 'copy', '--library', dir, '--format', 'json']).stdout);
    const original = JSON.parse(runCli(['cat', SEED_ID, '--format', 'json']).stdout);
    expect({ ...copy, id: SEED_ID }).toEqual(original);
    expect(runCli(['cat', 'copy', '--library', dir, '--format', 'markdown']).stdout).toBe(stdout);
    // A bundled article written as qari writes (quoted titles and bare addresses aside): the file itself.
    expect(runCli(['cat', 'slow-reading-harakat', '--format', 'markdown']).stdout).toBe(readFileSync(join(ARTICLES, 'slow-reading-harakat.md'), 'utf8'));
  });

  it('an unknown ARTICLE is one line on stderr and exit 1', () => {
    const { status, stdout, stderr } = runCli(['cat', 'no-such-article']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^qari: no article "no-such-article"[^\n]*\n$/);
  });
});

describe('usage', () => {
  it.each([
    [['list', '--bogus']],
    [['cat', SEED_ID, '--format', 'yaml']],
    [['cat']],
    [['frobnicate', 'x']],
    [['--bidi', 'sideways', 'list']],
  ])('%j is one line on stderr and exit 2', (args) => {
    const { status, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^qari: /);
  });

  it('--help and --version exit 0', () => {
    expect(runCli(['--help']).stdout).toContain('qari cat ARTICLE');
    expect(runCli(['--version']).stdout).toMatch(/^qari \d+\.\d+\.\d+\n$/);
  });

  it('a missing --library folder is a runtime error, exit 1', () => {
    const { status, stderr } = runCli(['list', '--library', '/nonexistent/qari']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^qari: library folder .* does not exist\n$/);
  });
});
