import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { articleText, tempDir, writeFile } from '../support/library.js';

const dir = tempDir('search');
const env = { XDG_CACHE_HOME: tempDir('cache') };
writeFile(dir, 'title-hit', articleText('المفاوضات في القاهرة', 'نص قصير عن الطقس.'));
writeFile(dir, 'prefixed', articleText('تقرير', 'قال المتحدث إن والمفاوضات ستستمر أسبوعا آخر في الدوحة.'));
writeFile(dir, 'harakat', articleText('خبر', 'انتهت المُفَاوَضَاتُ بلا اتفاق، وغادر الوفد.'));
writeFile(dir, 'unrelated', articleText('رياضة', 'فاز الفريق في المباراة.'));
writeFile(dir, 'latin', articleText('Standards', 'The UNICODE standard and its bidi algorithm.'));
writeFile(dir, 'phrase', articleText('هدنة', 'أعلن الطرفان وقف إطلاق النار صباح اليوم.'));
writeFile(dir, 'scattered', articleText('متفرقات', 'وقف القطار، ثم إطلاق سراح الركاب، وبعدها النار في المخزن.'));

const search = (...args: string[]) => runCli(['--library', dir, 'search', ...args], { env });
const ids = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0]);

describe('qari search', () => {
  it('finds every form of a word (article, conjunction, harakat), the title hit first', () => {
    const result = search('المفاوضات');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const found = ids(result.stdout);
    expect(found[0]).toBe('title-hit');
    expect(found.slice(1).sort()).toEqual(['harakat', 'prefixed']);
  });

  it('finds the same with the word typed bare, or with harakat', () => {
    expect(ids(search('مفاوضات').stdout).sort()).toEqual(['harakat', 'prefixed', 'title-hit']);
    expect(ids(search('مُفاوَضات').stdout).sort()).toEqual(['harakat', 'prefixed', 'title-hit']);
  });

  it('marks the hits in a snippet, as written in the article', () => {
    const line = search('مفاوضات').stdout.split('\n').find((row) => row.startsWith('prefixed\t'));
    expect(line?.split('\t')[3]).toContain('[والمفاوضات]');
  });

  it('keeps a quoted phrase together', () => {
    expect(ids(search('"وقف إطلاق النار"').stdout)).toEqual(['phrase']);
    expect(ids(search('وقف', 'إطلاق', 'النار').stdout).sort()).toEqual(['phrase', 'scattered']);
  });

  it('folds the case of Latin words', () => {
    expect(ids(search('unicode').stdout)).toEqual(['latin']);
  });

  it('--json gives ids, titles, scores, snippets and where the hits are; --limit caps the hits', () => {
    const hits = JSON.parse(search('مفاوضات', '--json', '--limit', '2').stdout) as Array<{ id: string; score: number; snippet: string; hits: Array<[number, number]> }>;
    expect(hits).toHaveLength(2);
    expect(hits[0]?.id).toBe('title-hit');
    for (const hit of hits) {
      expect(hit.hits.length).toBeGreaterThan(0);
      for (const [start, end] of hit.hits) expect(hit.snippet.slice(start, end)).toMatch(/مفاوضات|مُفَاوَضَاتُ/);
    }
  });

  it('nothing found is no output and exit 0; no words is a usage error', () => {
    expect(search('كوكب')).toMatchObject({ status: 0, stdout: '' });
    const empty = search('؟!');
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('sees an article added since the last search', () => {
    writeFile(dir, 'added', articleText('جديد', 'كلمة نادرة: زنجبيل.'));
    expect(ids(search('الزنجبيل').stdout)).toEqual(['added']);
  });

  it("searches the user's own library and the bundled articles together", () => {
    const data = tempDir('data');
    writeFile(`${data}/qari/articles`, 'my-own', articleText('مقالي', 'الانسحاب من العراق كما رأيته.'));
    const result = runCli(['search', 'العراق'], { cwd: tempDir('elsewhere'), env: { ...env, XDG_DATA_HOME: data } });
    expect(result.status).toBe(0);
    expect(ids(result.stdout)).toEqual(expect.arrayContaining(['my-own', 'iraq-withdrawal-2024']));
  });
});
