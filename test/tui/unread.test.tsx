// An article counts as read once the reader has opened it: its unread mark goes,
// and the marks of the others stay.
import { render } from 'ink-testing-library';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/app.js';
import { loadLibrary } from '../../src/library/load.js';
import { markUnread, readUnread, unreadFile } from '../../src/library/unread.js';
import { ARTICLES } from '../support/run-cli.js';
import { SEED_ID } from '../support/articles.js';
import { KEY, press, tick, until } from '../support/ink.js';

describe('unread marks in the reader', () => {
  it('the library shows • before unread articles; opening one removes its mark only', async () => {
    const env = { ...process.env, XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'qari-unread-')), XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'qari-unread-cache-')) };
    const library = await loadLibrary(ARTICLES, { env });
    const paths = library.entries.map((entry) => entry.path);
    await markUnread(unreadFile(env), paths);
    const app = render(<App library={library} rendering="app" size={{ columns: 100, rows: 30 }} env={env} />);
    const before = await until(app.lastFrame, (frame) => frame.includes('articles') && frame.includes('•'), 'the library with its marks');
    expect(before.split('\n').filter((line) => line.startsWith('❯•') || line.startsWith(' •'))).toHaveLength(paths.length);
    await tick(100);
    const seedIndex = library.entries.findIndex((entry) => entry.id === SEED_ID);
    await press(app, ...Array<string>(seedIndex).fill(KEY.down), KEY.enter);
    await until(app.lastFrame, (frame) => frame.includes('% ·'), 'the reader');
    await tick(200);
    const unread = await readUnread(unreadFile(env));
    const seedPath = library.entries[seedIndex]?.path ?? '';
    expect(unread.has(seedPath)).toBe(false);
    expect(unread.size).toBe(paths.length - 1);
    await press(app, 'q');
    const after = await until(app.lastFrame, (frame) => frame.includes('articles') && frame.includes('❯ '), 'the library again, the article read');
    expect(after.split('\n').filter((line) => /^[❯ ]•/.test(line))).toHaveLength(paths.length - 1);
    app.unmount();
  });
});
