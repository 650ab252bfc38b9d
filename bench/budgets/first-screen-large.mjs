// First screen of the 5 MB article vs first screen of the seed: the same tmux
// method, each article alone in its own library folder so only the article differs.
import { sampleAlternating } from '../timing.mjs';
import { ratioRow, runsNote, timeToTitle } from './common.mjs';

const LIMIT = 1.5;
const bigArgs = (ctx) => ['--library', ctx.corpus.biglib, ctx.corpus.bigId];
const seedArgs = (ctx) => ['--library', ctx.corpus.seedlib, ctx.corpus.seedId];

export default {
  id: 'first-screen-5mb',
  what: 'first screen of a 5 MB article',
  budget: `≤ ${LIMIT}× first screen of the seed`,
  async measure(ctx) {
    const big = ctx.bigVisualTitle();
    const seed = ctx.seedVisualTitle();
    const result = await sampleAlternating(
      () => timeToTitle(ctx, bigArgs(ctx), big, { what: 'the 5 MB article title', timeoutMs: 120_000 }),
      () => timeToTitle(ctx, seedArgs(ctx), seed, { what: 'the seed title' }),
      ctx.sampling({ allowanceMs: 120_000 }),
    );
    return ratioRow(this, result.a, result.b, LIMIT, { baselineWhat: 'first screen of the seed', note: runsNote(result) });
  },
  profile: (ctx) => ({ kind: 'tui', args: bigArgs(ctx), visual: ctx.bigVisualTitle(), timeoutMs: 120_000 }),
};
