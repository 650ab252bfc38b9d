// Every screen drawn in a pseudo-language: a plain Latin word on screen that
// is not in the articles themselves is a string left outside the catalogues.
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../../src/tui/app.js';
import { loadLibrary } from '../../src/library/load.js';
import { ARTICLES } from '../support/run-cli.js';
import { SEED_ID } from '../support/articles.js';
import { KEY, press, tick, until } from '../support/ink.js';
import { latinWords, pseudoUi } from '../support/pseudo.js';

const ui = pseudoUi();
const dir = mkdtempSync(join(tmpdir(), 'qari-pseudo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function arabicLibrary(): string {
  copyFileSync(join(ARTICLES, `${SEED_ID}.md`), join(dir, `${SEED_ID}.md`));
  copyFileSync(join(ARTICLES, 'slow-reading-harakat.md'), join(dir, 'slow-reading-harakat.md'));
  writeFileSync(join(dir, 'broken.md'), 'no front matter here\n');
  writeFileSync(join(dir, 'gone.md'), '---\ntitle: مقال سيُحذف\ndate: 2023-05-01\n---\nنص.\n');
  return dir;
}

/**
 * Words the screen has from elsewhere: the articles, their file names and the
 * library's path, their dates as Intl writes them, what the test types, and
 * the command a message quotes to be typed.
 */
function allowedWords(dates: readonly string[]): Set<string> {
  const texts = readdirSync(dir).flatMap((name) => [name, readFileSync(join(dir, name), 'utf8')]);
  return new Set([...texts, dir, ...dates.map((date) => ui.date(date)), 'xy zq', 'qari import'].flatMap((text) => latinWords(text)));
}

function untranslated(frames: readonly string[], allowed: Set<string>): string[] {
  return [...new Set(frames.flatMap((frame) => latinWords(frame)).filter((word) => !allowed.has(word)))];
}

describe('every screen in a pseudo-language', () => {
  it('shows no word from outside the catalogues', async () => {
    const library = await loadLibrary(arabicLibrary(), { cache: false });
    const allowed = allowedWords(library.entries.flatMap((entry) => (entry.kind === 'article' && entry.summary.date ? [entry.summary.date] : [])));
    const frames: string[] = [];
    const keep = (app: { frames: string[] }) => frames.push(...app.frames);

    const app = render(<App library={library} rendering="app" size={{ columns: 100, rows: 12 }} ui={ui} />);
    await until(app.lastFrame, (frame) => frame.includes('❯'), 'the library');
    await press(app, '/', 'ع');
    await press(app, 'ﻻ', 'x', 'y');
    await press(app, KEY.escape);
    const seedIndex = library.entries.findIndex((entry) => entry.id === SEED_ID);
    await press(app, 'g', ...Array<string>(seedIndex).fill(KEY.down), KEY.enter);
    await tick(300);
    await press(app, '2', '/', ...'العراق', KEY.enter, 'n');
    await press(app, '/', 'z', 'q', KEY.enter);
    await press(app, '?', 'G', 'g', KEY.escape, 't');
    await press(app, KEY.escape, 'r');
    await tick(300);
    await press(app, KEY.escape, 'q');
    // An article deleted after the library was read cannot be opened.
    rmSync(join(dir, 'gone.md'));
    const goneIndex = library.entries.findIndex((entry) => entry.id === 'gone');
    await press(app, 'g', ...Array<string>(goneIndex).fill(KEY.down), KEY.enter);
    await tick(300);
    keep(app);
    app.unmount();

    const small = render(<App library={library} rendering="app" size={{ columns: 60, rows: 4 }} ui={ui} />);
    keep(small);
    small.unmount();
    const empty = render(<App library={{ ...library, entries: [] }} rendering="app" size={{ columns: 100, rows: 12 }} ui={ui} />);
    await tick(50);
    keep(empty);
    empty.unmount();

    // The screens were all there: the help, the contents, the related list and the failed article.
    const all = frames.join('\n');
    for (const key of ['help.title', 'contents.title', 'related.title', 'library.broken', 'status.no-hits', 'library.no-match', 'library.empty', 'app.too-small'] as const) {
      expect(all).toContain(ui.t(key).slice(0, 6));
    }
    expect(untranslated(frames, allowed)).toEqual([]);
  });
});
