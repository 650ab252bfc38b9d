// How the bench runs qari: which binary, with which environment, and what the
// reader's title looks like on screen (its visual form, from `qari bidi`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NODE = process.execPath;

/** `bin/qari.js`, or another build to measure (`--bin PATH` / QARI_BENCH_BIN). */
export function qariBin(override) {
  return resolve(ROOT, override ?? process.env.QARI_BENCH_BIN ?? 'bin/qari.js');
}

/** Why qari cannot be measured, or undefined when it can. */
export function missingBuild(bin) {
  if (!existsSync(bin)) return `${bin} does not exist`;
  if (bin === join(ROOT, 'bin/qari.js') && !existsSync(join(ROOT, 'dist/qari.cjs'))) return 'dist/qari.cjs is missing: run `npm run build` (or `npm run bench`, which builds first)';
  return undefined;
}

/**
 * Where a measured qari keeps its files: a private HOME and XDG folders under
 * the bench's temp folder, so the bench never reads or writes the user's
 * cache, reading positions or settings (and they never change its figures).
 */
export function sandboxDirs(tmp, cacheHome, stateHome = join(tmp, 'xdg-state')) {
  const dirs = { HOME: join(tmp, 'home'), XDG_CACHE_HOME: cacheHome, XDG_STATE_HOME: stateHome, XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  return dirs;
}

/** The environment of every measured command: ours, without CI and QARI_* settings, sandboxed. */
export function benchEnv(dirs, extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('QARI_')) delete env[key];
  delete env.CI;
  return { ...env, ...dirs, LANG: 'C.UTF-8', ...extra };
}

/**
 * The title as the reader lays it out at `width`: `qari bidi --width W --dir rtl`
 * on the title, first line, trimmed.
 */
export function visualTitle(bin, title, width, env) {
  const result = spawnSync(NODE, [bin, 'bidi', '-', '--width', String(width), '--dir', 'rtl'], { cwd: ROOT, env, input: `${title}\n`, encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`qari bidi could not lay out the title: ${(result.stderr || result.error?.message || '').trim().split('\n')[0]}`);
  const first = result.stdout.split('\n').map((line) => line.trim()).find((line) => line !== '');
  if (!first) throw new Error('qari bidi printed nothing for the title');
  return first;
}

/** A screen shows the title when one of its rows holds the title's first visual line. */
export function showsTitle(screen, visual) {
  // "loading <title> …" holds the title too, but it is not the article on screen.
  if (LOADING.test(screen)) return false;
  return screen.split('\n').some((row) => row.trim() !== '' && row.includes(visual));
}

/** The reader's line while an article loads (the bench runs qari in English). */
const LOADING = /(^|\n)\s*loading /;

/**
 * A private copy of the build (bin/, dist/, package.json; articles/ and
 * node_modules/ linked), so that someone running `npm run build` in the same
 * checkout during the bench (it deletes dist/ first) cannot pull the bundle
 * from under a measurement. The bench measures the build it started with.
 */
export function snapshotBuild(dir) {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true }); // qari.js and the package.json that makes it CommonJS
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const name of ['articles', 'node_modules']) symlinkSync(join(ROOT, name), join(dir, name));
  if (!existsSync(join(dir, 'dist', 'qari.cjs'))) throw new Error('dist/ changed while it was copied; run the bench again');
  return join(dir, 'bin', 'qari.js');
}
