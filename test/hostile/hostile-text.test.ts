// Issue 8, item 1: hostile text. Escape sequences (OSC 52 clipboard writes, title
// changes, screen clears, DSR replies), C1 controls and the 8-bit CSI, Trojan Source
// overrides, zero-width characters, a 1 MB line with no space, deep nesting and 10,000
// related entries. No control from an article reaches stdout or stderr of any command,
// in any format; JSON may escape them but its parsed strings must not hold them either.
// Needs the bundle: `npm run build`.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { serializeArticle } from '../../src/article/serialize.js';
import { layoutParagraph } from '../../src/text/index.js';
import { runCli } from '../support/run-cli.js';
import {
  ATTACKS,
  HOSTILE_ARTICLE,
  RLO,
  TROJAN_ARTICLE,
  ZERO_WIDTH,
  controlsIn,
  markersIn,
  stringsOf,
  tempLibrary,
  unbalancedLines,
  writeArticle,
} from './support/hostile.js';

const library = tempLibrary();
writeArticle(library, 'hostile', HOSTILE_ARTICLE);
writeArticle(library, 'trojan', TROJAN_ARTICLE);
const run = (...args: string[]) => runCli(['--library', library, ...args]);

/** The output is clean: no control (TAB only where allowed), nothing from inside an escape sequence. */
function expectClean(output: string, what: string, options: { tab?: boolean } = {}): void {
  expect(controlsIn(output, options), `${what}: controls`).toEqual([]);
  expect(markersIn(output), `${what}: text from inside escape sequences`).toEqual([]);
}

describe('hostile text never reaches a pipe or the terminal', () => {
  it.each([
    ['list', []],
    ['cat (text)', ['cat', 'hostile']],
    ['cat --width 40', ['cat', 'hostile', '--width', '40']],
    ['cat --section 1', ['cat', 'hostile', '--section', '1']],
    ['cat --visual', ['cat', 'hostile', '--visual', '--width', '60']],
    ['related', ['related', 'hostile']],
  ])('qari %s: stdout and stderr are clean, exit 0', (_, args) => {
    const result = run(...(args.length === 0 ? ['list'] : args));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    // TAB separates the fields of list and related, and stays in a code block in cat text.
    expectClean(result.stdout, 'stdout', { tab: !args.includes('--visual') });
    expectClean(result.stderr, 'stderr');
    if (args[0] === 'cat' && !args.includes('--visual')) expect(unbalancedLines(result.stdout)).toEqual([]);
  });

  it.each([
    ['list --json', ['list', '--json']],
    ['cat --format json', ['cat', 'hostile', '--format', 'json']],
    ['related --json', ['related', 'hostile', '--json']],
  ])('qari %s: the bytes and the parsed strings are clean; bidi controls are \\u escapes', (_, args) => {
    const result = run(...args);
    expect(result.status, result.stderr).toBe(0);
    expectClean(result.stdout, 'JSON text');
    // The bytes carry no bidi control (a terminal showing the JSON is not reordered)…
    expect(result.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // …the parsed strings hold no control, and keep the article's bidi controls as data.
    const strings = stringsOf(JSON.parse(result.stdout));
    for (const text of strings) expectClean(text, `parsed ${JSON.stringify(text).slice(0, 40)}`, { tab: args[0] === 'cat' });
    if (args[0] !== 'related') expect(strings.some((text) => text.includes(RLO))).toBe(true);
  });

  it('qari cat --format markdown: no control, and the file it prints reads back to the same file', () => {
    const result = run('cat', 'hostile', '--format', 'markdown');
    expect(result.status, result.stderr).toBe(0);
    // The Markdown is the article as qari read it: controls were dropped on parse; the tab in the code block stays.
    expectClean(result.stdout, 'markdown', { tab: true });
    const again = tempLibrary();
    writeArticle(again, 'copy', result.stdout);
    const copy = runCli(['--library', again, 'cat', 'copy', '--format', 'markdown']);
    expect(copy.stdout).toBe(result.stdout);
    expect(result.stdout).toContain('code line\tand a tab');
  });

  it('qari bidi: escape sequences and C1 in the input do not come out', () => {
    // Every attack, alone, between words, and at the ends of a paragraph.
    const attacks = Object.values(ATTACKS);
    const input = [attacks.join(' نص '), ...attacks.map((attack) => `قبل ${attack} بعد`), ...attacks, `${attacks.join('')} end`, HOSTILE_ARTICLE.split('---')[2]].join('\n');
    for (const args of [['bidi'], ['bidi', '--width', '0'], ['bidi', '--no-shape', '--width', '30'], ['bidi', '--dir', 'ltr', '--no-pad']]) {
      const result = runCli(args, { input });
      expect(result.status, result.stderr).toBe(0);
      expectClean(result.stdout, args.join(' '));
      expect(result.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it('error messages quoting an ARTICLE or a field are clean too', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'bad-date', `---\ntitle: x\ndate: "\\e]0;PWNED\\a${RLO}2024"\n---\n`);
    const listed = runCli(['--library', dir, 'list']);
    expect(listed.status).toBe(0);
    expect(listed.stderr).toMatch(/bad-date\.md: front matter date .* is not a date/);
    expectClean(listed.stderr, 'list stderr');
    expect(listed.stderr).not.toContain(RLO);
    const missing = runCli(['--library', dir, 'cat', `\u001b]0;PWNED\u0007\u001b[2J${RLO}nothing`]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.split('\n')).toHaveLength(2);
    expectClean(missing.stderr, 'cat stderr');
    expect(missing.stderr).not.toContain(RLO);
  });
});

describe('Trojan Source (U+202E) in a title', () => {
  it('does not reorder the list line around it: the override is dropped, the fields stay in place', () => {
    const line = run('list').stdout.split('\n').find((row) => row.startsWith('trojan\t'));
    expect(line).toBe('trojan\t2024-01-02\tTrojan evil text\t0 sections\t0 related');
  });

  it('is closed at the end of its own line in cat text, and kept in the model', () => {
    const { stdout } = run('cat', 'trojan');
    expect(stdout.split('\n')[0]).toBe(`Trojan ${RLO}evil text\u202c`);
    expect(unbalancedLines(stdout)).toEqual([]);
    expect(JSON.parse(run('cat', 'trojan', '--format', 'json').stdout).title).toBe(`Trojan ${RLO}evil text`);
  });

  it('a file name holding controls or an override is refused, not printed', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'good', '---\ntitle: Good\n---\n');
    writeArticle(dir, `evil${RLO}dm.exe`, '---\ntitle: Evil name\n---\n');
    writeArticle(dir, 'esc\u001b[2Jname', '---\ntitle: Escape name\n---\n');
    const { status, stdout, stderr } = runCli(['--library', dir, 'list']);
    expect(status).toBe(0);
    expect(stdout).toBe('good\t-\tGood\t0 sections\t0 related\n');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/: the file name holds control characters \(rename the file\)$/);
    expectClean(stderr, 'stderr');
    expect(stderr).not.toContain(RLO);
  });
});

describe('odd text that is not an attack still reads', () => {
  const parse = (body: string, front = 'title: t') => parseArticle(`---\n${front}\n---\n${body}\n`, 'x');

  it('zero-width characters stay in the text (they are text), but a title of nothing visible is no title', () => {
    expect(parse(`a${ZERO_WIDTH}b`).lead).toEqual([{ type: 'paragraph', text: `a${ZERO_WIDTH}b` }]);
    expect(() => parse('body', 'title: "\\u200b\\u200d\\ufeff\\u2060"')).toThrow(/no title/);
  });

  it('a 1 MB line with no space goes through list, cat text, json and markdown', () => {
    const dir = tempLibrary();
    const line = `${'ب'.repeat(300_000)}${'x'.repeat(400_000)}${'ج'.repeat(300_000)}`;
    writeArticle(dir, 'long', `---\ntitle: Long\n---\n${line}\n`);
    for (const format of ['text', 'json', 'markdown']) {
      const result = runCli(['--library', dir, 'cat', 'long', '--format', format]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(line);
    }
    expect(runCli(['--library', dir, 'list']).stdout).toBe('long\t-\tLong\t0 sections\t0 related\n');
  });

  it('5,000 nested block quotes, list levels and emphasis marks: no stack overflow, text kept, quickly', () => {
    const body = [
      `${'>'.repeat(5000)} deep quote`,
      '',
      Array.from({ length: 5000 }, (_, level) => `${' '.repeat(2 * level)}- item${level}`).join('\n'),
      '',
      `${'*'.repeat(5000)}emphasis${'*'.repeat(5000)}`,
      '',
      '**a '.repeat(5000),
      '',
      `${'['.repeat(5000)}link${'](x)'.repeat(5000)}`,
    ].join('\n');
    const started = Date.now();
    const article = parse(body);
    expect(Date.now() - started).toBeLessThan(5000);
    const text = JSON.stringify(article);
    expect(text).toContain('deep quote');
    expect(text).toContain('item0');
    expect(text).toContain('item4999');
    expect(text).toContain('emphasis');
    // The list kept its first levels as items; deeper lines joined the deepest item left.
    const list = article.lead.find((block) => block.type === 'list');
    expect(list?.type === 'list' && list.items.length).toBeGreaterThan(16);
    // What the parser gives back, Markdown keeps.
    const markdown = serializeArticle(article);
    expect(serializeArticle(parseArticle(markdown, 'x'))).toBe(markdown);
  });

  it('2,000 paragraphs each just under the per-paragraph limit of emphasis marks: the document stays bounded', () => {
    const body = Array.from({ length: 2000 }, (_, index) => `${index} ${'*a '.repeat(399)}`).join('\n\n');
    const started = Date.now();
    const article = parse(body);
    // Unbounded, marked takes about 30 ms for each (a minute); bounded, under a second or two.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(article.lead).toHaveLength(2000);
    expect(article.lead.every((block) => block.type === 'paragraph' && block.text.length > 700)).toBe(true);
  });

  it('deep nesting through the CLI: cat exits 0 with the text', () => {
    const dir = tempLibrary();
    writeArticle(dir, 'deep', `---\ntitle: Deep\n---\n${'> '.repeat(5000)}quoted\n\n${'- '.repeat(5000)}listed\n`);
    const result = runCli(['--library', dir, 'cat', 'deep']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('quoted');
    expect(result.stdout).toContain('listed');
  });

  it('10,000 related entries: list counts them, cat and related print them, all exit 0', () => {
    const dir = tempLibrary();
    const related = Array.from({ length: 10_000 }, (_, index) => `  - "مقال رقم ${index} ${ATTACKS.oscTitle}"`).join('\n');
    writeArticle(dir, 'many', `---\ntitle: Many\nrelated:\n${related}\n  - other\n---\nbody\n`);
    writeArticle(dir, 'other', '---\ntitle: Other\n---\nbody\n');
    const list = runCli(['--library', dir, 'list']);
    expect(list.stdout).toContain('many\t-\tMany\t0 sections\t10001 related');
    const cat = runCli(['--library', dir, 'cat', 'many', '--format', 'json']);
    const model = JSON.parse(cat.stdout) as { related: Array<{ ref: string; id: string | null }> };
    expect(model.related).toHaveLength(10_001);
    expect(model.related.at(-1)).toMatchObject({ ref: 'other', id: 'other' });
    expectClean(cat.stdout, 'cat json');
    const relatedOut = runCli(['--library', dir, 'related', 'many']);
    expect(relatedOut.status).toBe(0);
    expect(relatedOut.stdout.trimEnd().split('\n')).toHaveLength(10_001);
    expectClean(relatedOut.stdout, 'related', { tab: true });
    // The article it links to shows the backlink.
    expect(runCli(['--library', dir, 'related', 'other']).stdout).toContain('links-here\tmany\t');
  });
});

describe('a long word is laid out in linear time', () => {
  // wrap.ts measured a word longer than the line whole, again for each of its lines: a 1 MB
  // word took about 30 s. CPU time, and a ratio, so a busy machine does not matter.
  it('three times the word costs at most about three times the CPU (not nine)', () => {
    const cpu = (length: number) => {
      const word = 'ب'.repeat(length / 2) + 'x'.repeat(length / 2);
      const before = process.cpuUsage();
      layoutParagraph(word, { width: 80, dir: 'rtl' });
      const used = process.cpuUsage(before);
      return used.user + used.system;
    };
    cpu(100_000); // warm up
    const small = Math.min(cpu(100_000), cpu(100_000));
    const large = cpu(300_000);
    expect(large / small).toBeLessThan(6);
  });
});
