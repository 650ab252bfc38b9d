// What the budget files share: timing a process against `node -e 0`, timing the
// TUI until the title is on screen, and turning figures into a table row.
import { NODE, ROOT, showsTitle } from '../qari.mjs';
import { sampleAlternating, timeProcess } from '../timing.mjs';
import { withTerminal } from '../tmux.mjs';

export const NODE_E0 = [NODE, '-e', '0'];

/** Times `argv` (a whole process) against `node -e 0`, runs alternating. */
export async function processVsNode(ctx, argv, { stdout = 'pipe', env = ctx.env(), before, timeoutMs, check } = {}) {
  let lastOutput;
  const measured = async () => {
    before?.();
    const result = timeProcess(argv[0], argv.slice(1), { cwd: ROOT, env, stdout, timeoutMs });
    lastOutput = result.stdout;
    return result.ms;
  };
  const baseline = async () => timeProcess(NODE_E0[0], NODE_E0.slice(1), { cwd: ROOT, env: ctx.env() }).ms;
  const { a, b, runs, reduced } = await sampleAlternating(measured, baseline, ctx.sampling());
  check?.(lastOutput);
  return { measured: a, baseline: b, runs, reduced };
}

/** The qari TUI in tmux: milliseconds from launch until `title` (its visual form) is on screen. */
export async function timeToTitle(ctx, args, visual, { timeoutMs = 30_000, what = 'the title' } = {}) {
  return withTerminal(ctx.terminal([NODE, ctx.bin, ...args]), async (terminal) => {
    const start = await terminal.launch();
    const seen = await terminal.waitFor((screen) => showsTitle(screen, visual), `${what} on screen (qari ${args.join(' ')})`, { timeoutMs, pollMs: ctx.pollMs });
    return seen.at - start;
  });
}

/** `node -e 0` through the same pane, FIFO and polling as the TUI: launch to exit seen. */
export async function nodeInTerminal(ctx) {
  return withTerminal(ctx.terminal(NODE_E0), async (terminal) => {
    const start = await terminal.launch();
    const exit = await terminal.waitExit('node -e 0', { pollMs: ctx.pollMs });
    return exit.at - start;
  });
}

/** A row whose budget is a ratio to a baseline. */
export function ratioRow(base, measured, baseline, limit, extra = {}) {
  const ratio = measured.median / baseline.median;
  return {
    ...base,
    unit: 'ms',
    measured: measured.median,
    baseline: baseline.median,
    ratio,
    limit,
    status: ratio <= limit ? 'pass' : 'fail',
    samples: { measured: measured.samples, baseline: baseline.samples },
    ...extra,
  };
}

/** A row whose budget is an absolute figure. */
export function absoluteRow(base, measured, limit, unit, extra = {}) {
  return {
    ...base,
    unit,
    measured: measured.median,
    baseline: null,
    ratio: null,
    limit,
    status: measured.median <= limit ? 'pass' : 'fail',
    samples: { measured: measured.samples },
    ...extra,
  };
}

/** A note saying the runs were fewer than asked because each took long. */
export function runsNote(result) {
  return result.reduced ? `only ${result.runs} runs (each is slow; the bench keeps to its 10-minute allowance)` : undefined;
}
