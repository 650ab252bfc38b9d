// 100,000 articles: the 10,000 of the corpus linked ten times under other
// names (hard links: seconds to make, no disk). First the whole indexing of a
// fresh library (`qari search`, which indexes the summaries and the text),
// time and peak memory as figures; then `qari list` and `qari search` warm,
// against `node -e 0`; then the reader: the library on screen, and q.
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NODE, ROOT } from '../qari.mjs';
import { sample } from '../timing.mjs';
import { withTerminal } from '../tmux.mjs';
import { absoluteRow, processVsNode, ratioRow, runsNote } from './common.mjs';
import { SEARCH_WORDS } from './search.mjs';

const COPIES = 10;

function library100k(ctx) {
  const dir = join(ctx.tmp, 'corpus', 'lib100k');
  if (existsSync(dir)) return dir;
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(ctx.corpus.lib10k);
  for (let copy = 0; copy < COPIES; copy++) for (const name of names) linkSync(join(ctx.corpus.lib10k, name), join(dir, `c${copy}-${name}`));
  return dir;
}

const cacheHome = (ctx) => join(ctx.tmp, 'xdg-100k');

export const index100k = {
  id: 'index-100k',
  what: 'first indexing of 100,000 articles (qari search, no index)',
  budget: '— (figure: time and peak memory)',
  async measure(ctx) {
    const dir = library100k(ctx);
    rmSync(cacheHome(ctx), { recursive: true, force: true });
    mkdirSync(cacheHome(ctx), { recursive: true });
    const time = existsSync('/usr/bin/time');
    const argv = [NODE, ctx.bin, 'search', SEARCH_WORDS, '--library', dir];
    const started = performance.now();
    const result = spawnSync(time ? '/usr/bin/time' : argv[0], time ? ['-f', 'peak-kb=%M', ...argv] : argv.slice(1), { cwd: ROOT, env: ctx.env(cacheHome(ctx)), encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 2 ** 20 });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`qari search over 100,000 articles failed: ${(result.stderr || result.error?.message || '').trim().split('\n')[0]}`);
    const peakKb = Number(/peak-kb=(\d+)/.exec(result.stderr)?.[1]);
    const peak = Number.isFinite(peakKb) ? `peak RSS ${Math.round(peakKb / 1024)} MB` : 'peak RSS not measured (no /usr/bin/time)';
    return { ...this, unit: 'ms', measured: ms, baseline: null, ratio: null, limit: null, status: 'info', note: `${(ms / 1000).toFixed(1)} s, ${peak}` };
  },
};

function warmRow(id, what, args) {
  return {
    id,
    what,
    budget: '≤ 4× node -e 0',
    async measure(ctx) {
      const dir = library100k(ctx);
      mkdirSync(cacheHome(ctx), { recursive: true });
      const argv = [NODE, ctx.bin, ...args, '--library', dir];
      const result = await processVsNode(ctx, argv, { env: ctx.env(cacheHome(ctx)), timeoutMs: 300_000 });
      return ratioRow(this, result.measured, result.baseline, 4, { baselineWhat: 'node -e 0', note: runsNote(result) });
    },
    profile: (ctx) => ({ kind: 'process', args: [...args, '--library', library100k(ctx)], cacheHome: cacheHome(ctx) }),
  };
}

export const list100k = warmRow('list-100k-warm', 'qari list, 100,000 articles, warm', ['list']);
export const search100k = warmRow('search-100k-warm', 'qari search <two Arabic words>, 100,000 articles, warm', ['search', SEARCH_WORDS]);

const QUIT_LIMIT_MS = 100;

/** The reader in tmux on the 100,000 articles (warm index): the library on screen, then q. */
async function libraryThenQuit(ctx) {
  const dir = library100k(ctx);
  return withTerminal(ctx.terminal([NODE, ctx.bin, '--library', dir], { XDG_CACHE_HOME: cacheHome(ctx) }), async (terminal) => {
    const start = await terminal.launch();
    const listed = await terminal.waitFor((screen) => screen.startsWith('qari · ') && screen.includes('❯'), 'the library of 100,000 articles', { timeoutMs: 120_000, pollMs: ctx.pollMs });
    await terminal.waitStable('the library', { quietMs: 300, timeoutMs: 60_000, pollMs: ctx.pollMs });
    const sentAt = await terminal.type('q');
    const exit = await terminal.waitExit('qari after q', { timeoutMs: 60_000, pollMs: 5 });
    return { shown: listed.at - start, quit: exit.at - sentAt };
  });
}

/** Both figures come from the same runs: the second row reads what the first measured. */
const runsOf = new WeakMap();
async function libraryRuns(ctx) {
  if (!runsOf.has(ctx)) {
    // A warm index (a no-op when index-100k ran first).
    spawnSync(NODE, [ctx.bin, 'list', '--library', library100k(ctx)], { cwd: ROOT, env: ctx.env(cacheHome(ctx)), stdio: 'ignore', timeout: 300_000 });
    const runs = [];
    await sample(async (n) => {
      const run = await libraryThenQuit(ctx);
      if (n >= 0) runs.push(run);
      return run.shown;
    }, ctx.sampling({ allowanceMs: 300_000 }));
    runsOf.set(ctx, runs);
  }
  return runsOf.get(ctx);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const tuiList100k = {
  id: 'tui-list-100k',
  what: 'qari (the reader), 100,000 articles, warm: the library on screen',
  budget: '— (figure)',
  async measure(ctx) {
    const runs = await libraryRuns(ctx);
    const shown = median(runs.map((run) => run.shown));
    return { ...this, unit: 'ms', measured: shown, baseline: null, ratio: null, limit: null, status: 'info', note: `${(shown / 1000).toFixed(2)} s from launch, median of ${runs.length} runs` };
  },
};

export const quit100k = {
  id: 'quit-100k',
  what: 'q on the library of 100,000 articles: qari gone',
  budget: `≤ ${QUIT_LIMIT_MS} ms after the key`,
  async measure(ctx) {
    const runs = await libraryRuns(ctx);
    const quits = runs.map((run) => run.quit);
    return absoluteRow(this, { median: median(quits), samples: quits }, QUIT_LIMIT_MS, 'ms', { note: `median of ${quits.length} runs` });
  },
};
