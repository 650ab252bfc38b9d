// The command line in Arabic and English: what qari says follows --lang,
// QARI_LANG and the locale; what scripts read does not.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { SEED_ID } from '../support/articles.js';

const ARABIC = { LANG: 'ar_EG.UTF-8' };

describe('the language of the command line', () => {
  it('is Arabic with an Arabic locale: errors, warnings and --help', () => {
    const missing = runCli(['cat', 'no-such-article'], { env: ARABIC });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^qari: لا مقال باسم «no-such-article» في .+ \(انظر qari list\)\n$/);
    const usage = runCli(['cat'], { env: ARABIC });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('qari: الأمر cat يحتاج إلى مقال (معرّف أو مسار أو جزء من عنوان)\n');
    expect(runCli(['--help'], { env: ARABIC }).stdout).toContain('خيارات عامة:');
  });

  it('says a reason inside a message in Arabic too', () => {
    const result = runCli(['--library', '/nonexistent/qari', 'list'], { env: { QARI_LANG: 'ar' } });
    expect(result.stderr).toBe('qari: مجلد المكتبة /nonexistent/qari غير موجود\n');
    const plural = runCli(['cat', 'a'], { env: ARABIC });
    expect(plural.stderr).toMatch(/يطابق (مقالين|\d+ مقالات) \(/);
  });

  it('is English with --lang en whatever the locale, and says so when --lang is wrong', () => {
    expect(runCli(['--lang', 'en', 'cat'], { env: ARABIC }).stderr).toBe('qari: cat needs an ARTICLE (an id, a path or a piece of a title)\n');
    const wrong = runCli(['--lang', 'fr', 'list'], { env: ARABIC });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe('qari: يجب أن تكون قيمة --lang إحدى: ar, en، لا «fr»\n');
    expect(runCli(['--help']).stdout).toContain('global options:');
  });

  it('gives each command its own --help in both languages, with the same options', () => {
    const options = (text: string) => [...new Set(text.match(/--[a-z][\w-]*/g))].sort();
    for (const command of ['list', 'cat', 'import', 'feed', 'bidi', 'related', 'search']) {
      const english = runCli([command, '--help']);
      const arabic = runCli([command, '--help'], { env: ARABIC });
      expect(english.status).toBe(0);
      expect(english.stdout).toMatch(new RegExp(`^usage: qari ${command} `));
      expect(arabic.stdout).toMatch(new RegExp(`^الاستعمال: qari ${command} `));
      expect(options(arabic.stdout)).toEqual(options(english.stdout));
      // The command's own options, not the whole list of commands.
      expect(english.stdout).not.toContain('global options:');
    }
  }, 120_000);

  it('leaves machine output as it is: list columns, --json and ISO dates', () => {
    for (const args of [['list'], ['list', '--json'], ['cat', SEED_ID, '--format', 'json']]) {
      const english = runCli(args);
      const arabic = runCli(['--digits', 'arab', '--months', 'levant', ...args], { env: ARABIC });
      expect(arabic.stdout).toBe(english.stdout);
      expect(arabic.status).toBe(english.status);
    }
    expect(runCli(['list'], { env: ARABIC }).stdout).toContain('\t2024-01-31\t');
  });
});
