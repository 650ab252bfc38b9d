import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/app.js';
import { loadLibrary } from '../../src/library/load.js';
import { visualLabel } from '../../src/tui/visual-label.js';
import type { DocPosition } from '../../src/document/position.js';
import { ARTICLES } from '../support/run-cli.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';
import { KEY, press, tick, until } from '../support/ink.js';

const SIZE = { columns: 100, rows: 30 };
const seed = bundledArticle(SEED_ID);
const shown = (text: string, width = SIZE.columns) => visualLabel(text, width, 'rtl', 'app').trim();
const heading = (index: number) => shown(seed.sections[index]?.heading ?? '');

async function openReader(id = SEED_ID, size = SIZE, positions?: Map<string, DocPosition>) {
  const library = await loadLibrary(ARTICLES, { cache: false });
  const memory = positions ? { get: (key: string) => positions.get(key), set: (key: string, top: DocPosition) => void positions.set(key, top) } : undefined;
  const app = render(<App library={library} rendering="app" initialId={id} size={size} positions={memory} />);
  await until(app.lastFrame, (frame) => frame.includes('% ·'), 'the reader');
  await tick(100);
  return { ...app, library, frame: () => app.lastFrame() ?? '', top: () => (app.lastFrame() ?? '').split('\n')[0]?.trim() ?? '', status: () => (app.lastFrame() ?? '').split('\n').at(-1) ?? '' };
}

describe('sections', () => {
  it('] goes to the next section heading, three times to the third', async () => {
    const reader = await openReader();
    await press(reader, ']');
    expect(reader.top()).toBe(heading(0));
    expect(reader.status()).toContain('1/4');
    await press(reader, ']', ']');
    expect(reader.top()).toBe(heading(2));
    expect(reader.status()).toContain('3/4');
    reader.unmount();
  });

  it('Tab and Shift-Tab move like ] and [', async () => {
    const reader = await openReader();
    await press(reader, KEY.tab, KEY.tab);
    expect(reader.top()).toBe(heading(1));
    await press(reader, KEY.shiftTab);
    expect(reader.top()).toBe(heading(0));
    await press(reader, '[');
    expect(reader.top()).toBe(shown(seed.title));
    reader.unmount();
  });

  it('a digit jumps to that section', async () => {
    const reader = await openReader();
    await press(reader, '4');
    // The last section is short: its heading is on the page, the page ends the article.
    expect(reader.frame()).toContain(heading(3));
    await press(reader, '2');
    expect(reader.top()).toBe(heading(1));
    reader.unmount();
  });
});

describe('contents overlay', () => {
  it('t lists the sections; Enter on the last one jumps there', async () => {
    const reader = await openReader();
    await press(reader, 't');
    for (let index = 0; index < 4; index++) expect(reader.frame()).toContain(shown(`${index + 1}. ${seed.sections[index]?.heading}`, 96));
    await press(reader, KEY.down, KEY.down, KEY.down, KEY.enter);
    expect(reader.frame()).toContain(heading(3));
    expect(reader.status()).toContain('4/4');
    reader.unmount();
  });

  it('takes keys typed in the same breath as t: t, three Downs and Enter in one read jump to the last section', async () => {
    const reader = await openReader();
    await press(reader, `t${KEY.down}jj\r`);
    await until(reader.lastFrame, (frame) => (frame.split('\n').at(-1) ?? '').includes('4/4'), 'section 4/4');
    expect(reader.frame()).toContain(heading(3));
    reader.unmount();
  });

  it('Esc closes it where the reader was', async () => {
    const reader = await openReader();
    const before = reader.frame();
    await press(reader, 't', KEY.escape);
    await tick(80);
    expect(reader.frame()).toBe(before);
    reader.unmount();
  });
});

describe('search', () => {
  it('/ finds a word written without its shadda, highlights it and counts hits; n and N move', async () => {
    const reader = await openReader();
    await press(reader, '/');
    expect(reader.status()).toContain('/');
    await press(reader, ...Array.from('تصرح'), KEY.enter);
    expect(reader.status()).toMatch(/hit 1\/1/);
    expect(reader.top()).toBe(heading(2));
    reader.unmount();
  });

  it('a word with harakat finds the same places as without', async () => {
    const plain = await openReader();
    await press(plain, '/', ...Array.from('الأمريكي'), KEY.enter);
    const plainStatus = plain.status();
    const plainTop = plain.top();
    plain.unmount();
    const marked = await openReader();
    await press(marked, '/', ...Array.from('الأَمْرِيكِيّ'), KEY.enter);
    expect(marked.status()).toBe(plainStatus);
    expect(marked.top()).toBe(plainTop);
    const count = Number(/hit 1\/(\d+)/.exec(plainStatus)?.[1]);
    expect(count).toBeGreaterThan(3);
    await press(marked, 'n');
    expect(marked.status()).toContain(`hit 2/${count}`);
    await press(marked, 'N', 'N');
    expect(marked.status()).toContain(`hit ${count}/${count}`);
    marked.unmount();
  });

  it('Backspace edits the query and Esc cancels it', async () => {
    const reader = await openReader();
    const before = reader.frame();
    await press(reader, '/', 'x', 'y', KEY.backspace);
    expect(reader.status()).toContain('/x▏');
    await press(reader, KEY.escape);
    await tick(80);
    expect(reader.frame()).toBe(before);
    reader.unmount();
  });

  it('says so when nothing matches', async () => {
    const reader = await openReader();
    await press(reader, '/', ...Array.from('qwertyuiop'), KEY.enter);
    expect(reader.status()).toContain('no hits');
    reader.unmount();
  });
});

describe('help', () => {
  it('? shows the keys and Esc closes it', async () => {
    const reader = await openReader();
    await press(reader, '?');
    expect(reader.frame()).toContain('next, previous section');
    await press(reader, KEY.escape);
    await tick(80);
    expect(reader.frame()).not.toContain('next, previous section');
    reader.unmount();
  });
});

describe('resize', () => {
  it('keeps the same text at the top when the width changes', async () => {
    const library = await loadLibrary(ARTICLES, { cache: false });
    const app = render(<App library={library} rendering="app" initialId={SEED_ID} size={SIZE} />);
    await until(app.lastFrame, (frame) => frame.includes('% ·'), 'the reader');
    await press(app, ']', ']', 'j', 'j');
    const wideTop = (app.lastFrame() ?? '').split('\n')[0] ?? '';
    app.rerender(<App library={library} rendering="app" initialId={SEED_ID} size={{ columns: 60, rows: 20 }} />);
    await tick(80);
    const narrow = (app.lastFrame() ?? '').split('\n');
    expect(narrow).toHaveLength(19);
    expect(narrow[0]?.length).toBeLessThanOrEqual(60);
    // The first words of the old top line start the new top line (it now wraps sooner).
    const firstWords = wideTop.trim().split(' ').slice(-2).join(' ');
    expect(narrow[0]).toContain(firstWords);
    app.unmount();
  });

  it('shows only "too small" below 20×5, in words that fit, and comes back', async () => {
    const library = await loadLibrary(ARTICLES, { cache: false });
    const app = render(<App library={library} rendering="app" initialId={SEED_ID} size={{ columns: 19, rows: 10 }} />);
    await tick(80);
    expect(app.lastFrame()).toBe('too small · q quits');
    app.rerender(<App library={library} rendering="app" initialId={SEED_ID} size={SIZE} />);
    // The article is read again first ("loading …").
    await until(app.lastFrame, (frame) => frame.split('\n')[0]?.trim() === shown(seed.title), 'the article again');
    app.unmount();
  });
});

describe('related articles and history', () => {
  it('r lists related entries, Enter opens one at its top, Backspace comes back to the same place, l goes forward', async () => {
    const reader = await openReader('terminal-arabic-mixed');
    await press(reader, 'j', 'j', 'j');
    const left = reader.frame();
    await press(reader, 'r');
    expect(reader.frame()).toContain('related 31 Jan 2024');
    // The body link comes first; the seed is the first related entry after it.
    await press(reader, KEY.down, KEY.enter);
    const opened = (frame: string) => frame.split('\n')[0]?.trim() === shown(seed.title);
    await until(reader.lastFrame, opened, 'the related article');
    await press(reader, KEY.backspace);
    await until(reader.lastFrame, (frame) => frame === left, 'the article left');
    await press(reader, 'l');
    await until(reader.lastFrame, opened, 'the related article again');
    await press(reader, 'h');
    await until(reader.lastFrame, (frame) => frame === left, 'the article left again');
    reader.unmount();
  });

  it('lists links in the body first, and Enter opens the linked article', async () => {
    const reader = await openReader('terminal-arabic-mixed');
    await press(reader, 'r');
    const rows = reader.frame().split('\n');
    expect(rows.findIndex((row) => row.includes('link 20 Feb 2024'))).toBe(1);
    await press(reader, KEY.enter);
    await until(reader.lastFrame, (frame) => frame.split('\n')[0]?.trim() === shown(bundledArticle('slow-reading-harakat').title), 'the linked article');
    reader.unmount();
  });

  it('takes keys typed in the same breath as r: r, Down and Enter in one read open the seed', async () => {
    const reader = await openReader('terminal-arabic-mixed');
    await press(reader, `r${KEY.down}\r`);
    await until(reader.lastFrame, (frame) => frame.split('\n')[0]?.trim() === shown(seed.title), 'the seed');
    reader.unmount();
  });

  it('marks related entries that are not in the library', async () => {
    const reader = await openReader(SEED_ID);
    await press(reader, 'r');
    expect(reader.frame().match(/not in the library/g)).toHaveLength(3);
    reader.unmount();
  });

  it('q returns to the library and the article reopens where it was left', async () => {
    const positions = new Map<string, DocPosition>();
    const reader = await openReader(SEED_ID, SIZE, positions);
    await press(reader, ']', ']');
    const left = reader.frame();
    await press(reader, 'q');
    expect(reader.frame()).toContain('articles');
    await press(reader, KEY.enter);
    // The article is read again first ("loading …").
    await until(reader.frame, (frame) => frame === left, 'the article where it was left');
    reader.unmount();
  });
});

describe('--bidi terminal', () => {
  it('writes lines in logical order, unshaped, each RTL line marked RTL, the status heading isolated', async () => {
    const library = await loadLibrary(ARTICLES, { cache: false });
    const app = render(<App library={library} rendering="terminal" initialId={SEED_ID} size={SIZE} />);
    const frame = await until(app.lastFrame, (text) => text.includes('% ·'), 'the reader');
    const lines = frame.split('\n');
    expect(lines[0]?.startsWith('\u200F')).toBe(true);
    expect(lines[0]).toContain(seed.title.slice(0, 30));
    expect(frame).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);
    await tick(100);
    await press(app, ']');
    expect(app.lastFrame()?.split('\n').at(-1)).toMatch(new RegExp(`\u2068 *\u2067? *${seed.sections[0]?.heading} *\u2069?\u2069`));
    app.unmount();
  });
});
