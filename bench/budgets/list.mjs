// `qari list` over the 10,000 articles, cold (no index cache: a fresh, empty
// XDG_CACHE_HOME each run) and warm (the cache its warm-up wrote), vs `node -e 0`.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NODE } from '../qari.mjs';
import { processVsNode, ratioRow, runsNote } from './common.mjs';

const argv = (ctx) => [NODE, ctx.bin, 'list', '--library', ctx.corpus.lib10k];

function checkOutput(output) {
  const lines = String(output ?? '').split('\n').filter((line) => line.trim() !== '').length;
  if (lines < 10_000) throw new Error(`qari list printed ${lines} lines for 10,000 articles`);
}

function cacheNote(cacheHome) {
  const dir = join(cacheHome, 'qari');
  if (!existsSync(dir) || readdirSync(dir).length === 0) return `no index cache was written in $XDG_CACHE_HOME/qari`;
  return undefined;
}

const join2 = (...notes) => notes.filter(Boolean).join('; ') || undefined;

export const listCold = {
  id: 'list-cold',
  what: 'qari list, 10,000 articles, cold (no cache)',
  budget: '≤ 8× node -e 0',
  async measure(ctx) {
    const cacheHome = join(ctx.tmp, 'xdg-cold');
    const fresh = () => {
      rmSync(cacheHome, { recursive: true, force: true });
      mkdirSync(cacheHome);
    };
    const result = await processVsNode(ctx, argv(ctx), { env: ctx.env(cacheHome), before: fresh, check: checkOutput, timeoutMs: 120_000 });
    return ratioRow(this, result.measured, result.baseline, 8, { baselineWhat: 'node -e 0', note: join2(runsNote(result), cacheNote(cacheHome)) });
  },
  profile: (ctx) => ({ kind: 'process', args: ['list', '--library', ctx.corpus.lib10k], cacheHome: join(ctx.tmp, 'xdg-profile-cold'), freshCache: true }),
};

export const listWarm = {
  id: 'list-warm',
  what: 'qari list, 10,000 articles, warm (cached index)',
  budget: '≤ 2× node -e 0',
  async measure(ctx) {
    const cacheHome = join(ctx.tmp, 'xdg-warm');
    mkdirSync(cacheHome, { recursive: true });
    // The warm-up run writes the cache the measured runs read.
    const result = await processVsNode(ctx, argv(ctx), { env: ctx.env(cacheHome), check: checkOutput, timeoutMs: 120_000 });
    return ratioRow(this, result.measured, result.baseline, 2, { baselineWhat: 'node -e 0', note: join2(runsNote(result), cacheNote(cacheHome)) });
  },
  profile: (ctx) => ({ kind: 'process', args: ['list', '--library', ctx.corpus.lib10k], cacheHome: join(ctx.tmp, 'xdg-warm') }),
};
