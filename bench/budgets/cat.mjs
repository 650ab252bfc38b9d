// `qari cat <seed> --library articles` to a pipe, whole process, vs `node -e 0`.
import { NODE } from '../qari.mjs';
import { processVsNode, ratioRow, runsNote } from './common.mjs';

const LIMIT = 1.5;

export default {
  id: 'cat',
  what: 'qari cat <seed> to a pipe (whole process)',
  budget: `≤ ${LIMIT}× node -e 0`,
  argv: (ctx) => [NODE, ctx.bin, 'cat', ctx.corpus.seedId, '--library', 'articles'],
  async measure(ctx) {
    const result = await processVsNode(ctx, this.argv(ctx), {
      check: (output) => {
        if (!output || output.length < 1000) throw new Error('qari cat printed almost nothing');
      },
    });
    return ratioRow(this, result.measured, result.baseline, LIMIT, { baselineWhat: 'node -e 0', note: runsNote(result) });
  },
  profile: (ctx) => ({ kind: 'process', args: ['cat', ctx.corpus.seedId, '--library', 'articles'] }),
};
