// `qari bidi --width 80` over 18 MiB of Arabic lines to /dev/null, vs
// `fribidi --width 80` on the same file; skipped when fribidi is not installed.
import { spawnSync } from 'node:child_process';
import { NODE } from '../qari.mjs';
import { sampleAlternating, timeProcess } from '../timing.mjs';
import { ratioRow, runsNote } from './common.mjs';

const LIMIT = 3;

export default {
  id: 'bidi',
  what: 'qari bidi --width 80 over 18 MiB of Arabic',
  budget: `≤ ${LIMIT}× fribidi --width 80`,
  async measure(ctx) {
    const fribidi = spawnSync('fribidi', ['--version'], { encoding: 'utf8' });
    if (fribidi.error || fribidi.status !== 0) {
      return { ...this, status: 'skip', note: 'fribidi is not installed (apt-get install fribidi): no baseline, row skipped' };
    }
    const file = ctx.corpus.linesFile;
    const env = ctx.env();
    const result = await sampleAlternating(
      () => timeProcess(NODE, [ctx.bin, 'bidi', file, '--width', '80'], { env, stdout: 'null', timeoutMs: 180_000 }).ms,
      () => timeProcess('fribidi', ['--width', '80', file], { env, stdout: 'null' }).ms,
      ctx.sampling({ allowanceMs: 150_000 }),
    );
    return ratioRow(this, result.a, result.b, LIMIT, { baselineWhat: fribidi.stdout.split('\n')[0], note: runsNote(result) });
  },
  profile: (ctx) => ({ kind: 'process', args: ['bidi', ctx.corpus.linesFile, '--width', '80'], stdout: 'null' }),
};
