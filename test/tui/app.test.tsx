import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/app.js';
import { loadLibrary } from '../../src/library/load.js';
import { visualLabel } from '../../src/tui/visual-label.js';
import { ARTICLES } from '../support/run-cli.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';
import { KEY, press, tick, until } from '../support/ink.js';

const SIZE = { columns: 100, rows: 30 };
const visual = (text: string, width = SIZE.columns) => visualLabel(text, width, 'rtl', 'app').trim();

async function openSeed() {
  const library = await loadLibrary(ARTICLES);
  const app = render(<App library={library} rendering="app" size={SIZE} />);
  await until(app.lastFrame, (frame) => frame.includes('articles'), 'the library');
  await tick(100);
  const seedIndex = library.entries.findIndex((entry) => entry.id === SEED_ID);
  await press(app, ...Array<string>(seedIndex).fill(KEY.down), KEY.enter);
  await until(app.lastFrame, (frame) => frame.includes('% ·'), 'the reader');
  await tick(100);
  return app;
}

describe('library → reader → back', () => {
  it('lists every article, newest first, with its title laid out right to left', async () => {
    const library = await loadLibrary(ARTICLES);
    const { lastFrame, unmount } = render(<App library={library} rendering="app" size={SIZE} />);
    const frame = await until(lastFrame, (text) => text.includes('articles'), 'the library');
    expect(frame).toContain(`${library.entries.length} articles`);
    expect(frame).toContain(visual(bundledArticle(SEED_ID).title, 87));
    expect(frame).toContain('Why Terminals Get Arabic Wrong');
    unmount();
  });

  it('Enter opens the article: its title on top and a frame one line shorter than the terminal', async () => {
    const app = await openSeed();
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines[0]?.trim()).toBe(visual(bundledArticle(SEED_ID).title));
    expect(lines).toHaveLength(SIZE.rows - 1);
    expect(lines.at(-1)).toContain('%');
    app.unmount();
  });

  it('j, ↓, Space and g move the text; G shows the end at 100%', async () => {
    const app = await openSeed();
    const first = app.lastFrame();
    await press(app, 'j');
    const second = app.lastFrame() ?? '';
    expect(second).not.toBe(first);
    expect(second.split('\n')[0]).toBe(first?.split('\n')[1]);
    await press(app, ' ');
    expect(app.lastFrame()).not.toContain(visual(bundledArticle(SEED_ID).title));
    await press(app, 'g');
    expect(app.lastFrame()).toBe(first);
    await press(app, 'G');
    expect(app.lastFrame()?.split('\n').at(-1)).toContain('100%');
    app.unmount();
  });

  it('q goes back to the library with the article still selected, and q there quits', async () => {
    const app = await openSeed();
    await press(app, 'q');
    const frame = await until(app.lastFrame, (text) => text.includes('articles'), 'the library');
    expect(frame).toContain('articles');
    const selected = frame.split('\n').find((line) => line.includes('❯'));
    expect(selected).toContain('31 Jan 2024');
    await press(app, 'q');
    app.unmount();
  });
});

describe('the library list', () => {
  async function library() {
    const loaded = await loadLibrary(ARTICLES);
    const app = render(<App library={loaded} rendering="app" size={SIZE} />);
    await until(app.lastFrame, (frame) => frame.includes('articles'), 'the library');
    const selected = () => (app.lastFrame() ?? '').split('\n').find((line) => line.startsWith('❯')) ?? '';
    return { app, selected };
  }

  it('G and g go to the last and first article; keys typed at once are all counted', async () => {
    const { app, selected } = await library();
    await press(app, 'G');
    expect(selected()).toContain('31 Jan 2024');
    await press(app, 'g');
    expect(selected()).toContain('15 Mar 2024');
    app.stdin.write('jjj');
    await until(app.lastFrame, (frame) => frame.includes('❯ 31 Jan 2024'), 'three moves down');
    app.unmount();
  });

  it('/ filters by title, ignoring harakat; Esc clears the filter', async () => {
    const { app, selected } = await library();
    await press(app, '/', ...Array.from('فن القراءة'));
    expect(app.lastFrame()).toContain('1 of 4');
    expect(selected()).toContain('20 Feb 2024');
    await press(app, KEY.enter, KEY.enter);
    await until(app.lastFrame, (frame) => frame.includes('% ·'), 'the reader');
    app.unmount();
  });
});

