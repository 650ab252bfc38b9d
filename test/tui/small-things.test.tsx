import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/app.js';
import { loadLibrary } from '../../src/library/load.js';
import { visualLabel } from '../../src/tui/visual-label.js';
import { displayWidth } from '../../src/text/index.js';
import { ARTICLES } from '../support/run-cli.js';
import { press, tick, until } from '../support/ink.js';

async function openReader(id: string, size: { columns: number; rows: number }) {
  const library = await loadLibrary(ARTICLES, { cache: false });
  const app = render(<App library={library} rendering="app" initialId={id} size={size} />);
  await until(app.lastFrame, (frame) => frame.includes('% ·'), 'the reader');
  await tick(100);
  return { ...app, frame: () => app.lastFrame() ?? '', status: () => (app.lastFrame() ?? '').split('\n').at(-1) ?? '' };
}

describe('list labels', () => {
  it('a title cut to fit ends in … and still fills exactly its width', () => {
    const label = visualLabel('العربية في الطرفية: دليل سريع لقراءة المقالات الطويلة', 20, 'rtl', 'app');
    expect(label).toContain('…');
    expect(displayWidth(label)).toBe(20);
    // RTL: the cut end of the title is on the left.
    expect(label.trimStart().startsWith('…')).toBe(true);
    expect(visualLabel('قصير', 20, 'rtl', 'app')).not.toContain('…');
  });
});

describe('status line', () => {
  it('keeps the heading apart from the percentage', async () => {
    const reader = await openReader('terminal-arabic-mixed', { columns: 100, rows: 12 });
    await press(reader, ']');
    expect(reader.status()).toMatch(/[^\s·] · \d+% · \? help/);
    reader.unmount();
  });

  it('on an article that fits one screen, names no section while the top is showing', async () => {
    const reader = await openReader('terminal-arabic-mixed', { columns: 100, rows: 60 });
    expect(reader.status()).toContain('100%');
    expect(reader.status()).not.toMatch(/\d\/\d/);
    reader.unmount();
  });
});

describe('contents overlay of an RTL article', () => {
  it('puts the marker beside the right-aligned entry it marks', async () => {
    const reader = await openReader('terminal-arabic-mixed', { columns: 100, rows: 20 });
    await press(reader, 't');
    const marked = reader.frame().split('\n').find((line) => line.includes('❮')) ?? '';
    expect(marked.trimEnd().endsWith('❮')).toBe(true);
    expect(marked).not.toContain('❯');
    // The entry ends just before the marker, not 60 columns away.
    expect(marked.trimEnd()).toMatch(/\S ❮$/);
    reader.unmount();
  });
});
