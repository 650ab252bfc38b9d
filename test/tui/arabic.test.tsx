// Every screen of the TUI with an Arabic interface: words from the Arabic
// catalogue, mirrored (the cursor, the section and the markers at the right).
import { HELP_ROWS } from '../../src/tui/reader/help-keys.js';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/tui/app.js';
import { loadLibrary } from '../../src/library/load.js';
import { createUi } from '../../src/i18n/index.js';
import { visualLabel } from '../../src/tui/visual-label.js';
import { ARTICLES } from '../support/run-cli.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';
import { KEY, press, tick, until } from '../support/ink.js';

const ar = createUi({ language: 'ar' });
/** What a short Arabic phrase looks like on screen in app mode. */
const visual = (text: string) => visualLabel(text, 200, 'rtl', 'app').trim();
const lines = (frame: string | undefined) => (frame ?? '').split('\n');

async function arabicApp(size = { columns: 100, rows: 30 }, ui = ar) {
  const library = await loadLibrary(ARTICLES);
  const app = render(<App library={library} rendering="app" size={size} ui={ui} />);
  await until(app.lastFrame, (frame) => frame.includes(visual('مقالات')), 'the library');
  await tick(100);
  return { app, library };
}

async function openSeed(size?: { columns: number; rows: number }) {
  const { app, library } = await arabicApp(size);
  const seedIndex = library.entries.findIndex((entry) => entry.id === SEED_ID);
  await press(app, ...Array<string>(seedIndex).fill(KEY.down), KEY.enter);
  await until(app.lastFrame, (frame) => frame.includes(visual('? للمساعدة')), 'the reader');
  await tick(100);
  return app;
}

describe('the library in Arabic', () => {
  it('says how many articles in Arabic at the right of its first line', async () => {
    const { app } = await arabicApp();
    expect(lines(app.lastFrame())[0]?.trimEnd().endsWith(visual('قارئ · 4 مقالات'))).toBe(true);
    app.unmount();
  });

  it('has the cursor at the right, then the date in Arabic, then the title', async () => {
    const { app, library } = await arabicApp();
    const seedIndex = library.entries.findIndex((entry) => entry.id === SEED_ID);
    await press(app, ...Array<string>(seedIndex).fill(KEY.down));
    const selected = lines(app.lastFrame()).find((line) => line.includes('❮')) ?? '';
    expect(selected.endsWith('❮')).toBe(true);
    expect(selected).toContain(visual('31 يناير 2024'));
    expect(selected.indexOf(visual('31 يناير 2024'))).toBeGreaterThan(selected.indexOf(visual(bundledArticle(SEED_ID).title.split(' ').slice(0, 2).join(' '))));
    app.unmount();
  });

  it('lists full-text hits mirrored: cursor at the right, then the date in Arabic, then the title', async () => {
    const { app } = await arabicApp();
    await press(app, 's');
    await press(app, ...'العراق', KEY.enter);
    await until(app.lastFrame, (frame) => frame.includes(visual('نتيجة واحدة')), 'the hits');
    const selected = lines(app.lastFrame()).find((line) => line.includes('❮')) ?? '';
    expect(selected.trimEnd().endsWith('❮')).toBe(true);
    expect(selected.indexOf(visual('31 يناير 2024'))).toBeGreaterThan(selected.indexOf(visual(bundledArticle(SEED_ID).title.split(' ').slice(0, 2).join(' '))));
    app.unmount();
  });

  it('gives its key hints in Arabic, right to left', async () => {
    const { app } = await arabicApp();
    const hints = lines(app.lastFrame()).at(-1)?.trimEnd() ?? '';
    expect(hints.endsWith(visual('↑↓ للتنقل · إدخال للفتح'))).toBe(true);
    await press(app, '/');
    expect(lines(app.lastFrame()).at(-1)).toContain(visual('اكتب للتصفية'));
    app.unmount();
  });
});

describe('the reader in Arabic', () => {
  it('labels the article in its language and writes its date in Arabic', async () => {
    const app = await openSeed();
    expect(lines(app.lastFrame())[1]).toContain(visual('31 يناير 2024 · حفريات'));
    app.unmount();
  });

  it('has the section at the right of the status line and the percentage at the left', async () => {
    const app = await openSeed();
    await press(app, '2');
    const status = lines(app.lastFrame()).at(-1) ?? '';
    expect(status.trimEnd().endsWith(visual('2 من 4'))).toBe(true);
    expect(status.trimStart()).toMatch(/^\d+%/);
    expect(status).toContain(visual('? للمساعدة'));
    app.unmount();
  });

  it('says "no hits" and hit n of m in Arabic', async () => {
    const app = await openSeed();
    await press(app, '/', ...'zzz', KEY.enter);
    expect(lines(app.lastFrame()).at(-1)).toContain(visual('لا نتائج'));
    await press(app, '/', ...'العراق', KEY.enter);
    expect(lines(app.lastFrame()).at(-1)).toMatch(new RegExp(`\\d+ ${visual('من')} 1 ${visual('نتيجة')}`));
    app.unmount();
  });

  it('prompts for a search in Arabic', async () => {
    const app = await openSeed();
    await press(app, '/');
    expect(lines(app.lastFrame()).at(-1)).toContain(visual('إدخال للبحث · هروب للإلغاء'));
    app.unmount();
  });

  it('has an Arabic contents list, right-aligned, with its marker beside the current item at the right', async () => {
    const app = await openSeed();
    await press(app, 't');
    const frame = lines(app.lastFrame());
    expect(frame[0]?.trimEnd().endsWith(visual('المحتويات'))).toBe(true);
    const marked = frame.find((line) => line.includes('❮')) ?? '';
    expect(marked.endsWith('❮')).toBe(true);
    expect(marked).toContain(visual(`1. ${bundledArticle(SEED_ID).sections[0]?.heading ?? ''}`).slice(0, 10));
    app.unmount();
  });

  it('lists related articles in Arabic, with their kind and date at the right', async () => {
    const app = await openSeed();
    await press(app, 'r');
    const frame = await until(app.lastFrame, (text) => text.includes(visual('ليس في المكتبة')), 'the related list');
    expect(lines(frame)[0]?.trimEnd().endsWith(visual('مقالات ذات صلة'))).toBe(true);
    expect(lines(frame).find((line) => line.includes('❮'))?.endsWith(visual('ذو صلة (ليس في المكتبة)').slice(-6) + ' ❮')).toBe(true);
    // The dates in one column whatever the kind's length: each day (the date's right end) in the same cell.
    const DATE = /\d{4} \S+ \d{1,2}/u;
    const dated = lines(frame).filter((line) => DATE.test(line));
    const rightOfDay = (line: string) => stringWidth(line.slice((line.match(DATE)?.index ?? 0) + (line.match(DATE)?.[0].length ?? 0)));
    expect(new Set(dated.map(rightOfDay)).size).toBe(1);
    expect(dated.length).toBeGreaterThan(1);
    app.unmount();
  });
});

describe('the help overlay', () => {
  const everyMeaning = ['سطر', 'صفحة', 'المحتويات', 'بحث', 'المكتبة', 'إغلاق النافذة', 'هذه المفاتيح', 'خروج'];

  it('lists every key, in Arabic, scrolling when they do not fit', async () => {
    const app = await openSeed({ columns: 80, rows: 10 });
    await press(app, '?');
    const seen = new Set<string>();
    for (let step = 0; step <= HELP_ROWS.length; step++) {
      for (const line of lines(app.lastFrame())) seen.add(line);
      await press(app, 'j');
    }
    const text = [...seen].join('\n');
    for (const meaning of everyMeaning) expect(text).toContain(visual(meaning));
    expect(lines(app.lastFrame())[0]).toContain(visual(`من ${HELP_ROWS.length}`));
    app.unmount();
  });

  it('writes a modifier key with its + between the Arabic word and the key, as it reads', async () => {
    const app = await openSeed({ columns: 80, rows: 30 });
    await press(app, '?');
    // Right to left: تحكم, then +, then C; drawn left to right that is C+ then the word.
    expect(app.lastFrame()).toContain(`C+${visual('تحكم')}`);
    expect(app.lastFrame()).toContain(`${visual('إزاحة+جدولة')}`);
    app.unmount();
  });

  it('lists every key in English too, where the last ones were dropped before', async () => {
    const library = await loadLibrary(ARTICLES);
    const app = render(<App library={library} rendering="app" size={{ columns: 80, rows: 10 }} initialId={SEED_ID} />);
    await until(app.lastFrame, (frame) => frame.includes('? help'), 'the reader');
    await press(app, '?');
    expect(app.lastFrame()).not.toContain('quit');
    await press(app, 'G');
    expect(app.lastFrame()).toContain('Ctrl-C');
    expect(app.lastFrame()).toContain(`of ${HELP_ROWS.length}`);
    await press(app, 'g');
    expect(app.lastFrame()).toContain('a line');
    app.unmount();
  });
});

describe('whole-screen messages', () => {
  it('say how small is too small, in both languages', async () => {
    const library = await loadLibrary(ARTICLES);
    const english = render(<App library={library} rendering="app" size={{ columns: 60, rows: 4 }} />);
    expect(english.lastFrame()).toContain('terminal too small (at least 20×5)');
    english.unmount();
    const arabic = render(<App library={library} rendering="app" size={{ columns: 60, rows: 4 }} ui={ar} />);
    expect(arabic.lastFrame()?.trimEnd()).toContain(visual('الطرفية صغيرة جدًا (على الأقل 20×5)'));
    arabic.unmount();
  });

  it("name the article being loaded", async () => {
    const library = await loadLibrary(ARTICLES);
    const app = render(<App library={library} rendering="app" size={{ columns: 100, rows: 30 }} initialId={SEED_ID} />);
    expect(app.frames[0]).toContain('loading');
    expect(app.frames[0]).toContain(visual(bundledArticle(SEED_ID).title).slice(-12));
    app.unmount();
  });
});
