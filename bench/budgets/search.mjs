// `qari search <two Arabic words>` over the 10,000 articles, warm (the index
// its warm-up run completed), vs `node -e 0`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NODE } from '../qari.mjs';
import { processVsNode, ratioRow, runsNote } from './common.mjs';

// Two words of the seed the corpus draws its text from: most articles hold them.
export const SEARCH_WORDS = 'القوات العراقية';

function checkHits(output) {
  const lines = String(output ?? '').split('\n').filter((line) => line.trim() !== '').length;
  if (lines === 0) throw new Error(`qari search ${SEARCH_WORDS} found nothing in the 10,000 articles`);
}

export default {
  id: 'search-warm',
  what: 'qari search <two Arabic words>, 10,000 articles, warm',
  budget: '≤ 2× node -e 0',
  async measure(ctx) {
    const cacheHome = join(ctx.tmp, 'xdg-warm');
    mkdirSync(cacheHome, { recursive: true });
    const argv = [NODE, ctx.bin, 'search', SEARCH_WORDS, '--library', ctx.corpus.lib10k];
    const result = await processVsNode(ctx, argv, { env: ctx.env(cacheHome), check: checkHits, timeoutMs: 300_000 });
    return ratioRow(this, result.measured, result.baseline, 2, { baselineWhat: 'node -e 0', note: runsNote(result) });
  },
  profile: (ctx) => ({ kind: 'process', args: ['search', SEARCH_WORDS, '--library', ctx.corpus.lib10k], cacheHome: join(ctx.tmp, 'xdg-warm') }),
};
