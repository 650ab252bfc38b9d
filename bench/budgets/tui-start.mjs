// The TUI from launch until the seed's title is on screen (tmux, 100×30, CI
// unset), vs `node -e 0` launched through the same pane and polling.
import { sampleAlternating } from '../timing.mjs';
import { nodeInTerminal, ratioRow, runsNote, timeToTitle } from './common.mjs';

const LIMIT = 4;
const args = (ctx) => ['--library', 'articles', ctx.corpus.seedId];

export default {
  id: 'tui-start',
  what: 'TUI start until the title is on screen',
  budget: `≤ ${LIMIT}× node -e 0`,
  async measure(ctx) {
    const visual = ctx.seedVisualTitle();
    const result = await sampleAlternating(
      () => timeToTitle(ctx, args(ctx), visual, { what: 'the seed title' }),
      () => nodeInTerminal(ctx),
      ctx.sampling(),
    );
    return ratioRow(this, result.a, result.b, LIMIT, { baselineWhat: 'node -e 0 (same pane)', note: runsNote(result) });
  },
  profile: (ctx) => ({ kind: 'tui', args: args(ctx), visual: ctx.seedVisualTitle() }),
};
