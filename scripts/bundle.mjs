// How qari is bundled, shared by scripts/build.mjs and the bench's
// profiling build, in two parts:
// - qari.cjs: the CLI and every pipe command, one CommonJS file. Node 20 starts a
//   CommonJS program about 50 ms sooner than the same code as ES modules (no ESM
//   loader), which is most of the budget of `qari cat`.
// - tui/: the reader (Ink, React), ES modules (Ink and yoga are
//   ESM only, with top-level await), loaded by `qari` in a terminal only.
// - web.cjs: the HTML parser, Readability and the feed parser, loaded only by
//   `qari import` of a web page and by `qari feed`.
// - scan-worker.cjs: stamps a large library's files in a worker thread.
// - work-worker.cjs: summarises a large library's changed files, and makes the stems
//   of its full text, in a worker thread.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The CLI reaches the reader and the web code through src/cli/outside-modules.ts;
 * in the bundle they are files of their own beside it, imported by
 * bin/code-cache.js when it runs the bundle (code compiled from V8's code cache
 * cannot import() on Node 20), by the bundle itself when it is required plainly.
 */
const outsideModules = {
  name: 'outside-modules',
  setup(context) {
    context.onLoad({ filter: /[\\/]src[\\/]cli[\\/]outside-modules\.ts$/ }, () => ({
      loader: 'js',
      contents: `const load = (path) => (typeof __qariImport === 'function' ? __qariImport(path) : import(path));
export const importReader = () => load('./tui/run.js');
export const importWeb = () => load('./web.cjs');`,
    }));
  },
};

export async function bundle({ outDir, minify = true, sourcemap = false }) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    legalComments: 'none',
    minify,
    sourcemap: sourcemap ? 'linked' : false,
    // Ink imports react-devtools-core only when DEV=true; it is not installed.
    // libsql is a native module, required at run time from node_modules.
    external: ['react-devtools-core', 'libsql', '@libsql/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: { qari: 'src/cli/main.ts' },
    outfile: `${outDir}/qari.cjs`,
    format: 'cjs',
    plugins: [outsideModules],
    // CommonJS has no import.meta: the bundle's own URL stands in for it.
    define: { ...common.define, 'import.meta.url': '__qariBundleUrl' },
    banner: { js: "const __qariBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // The worker threads of a large library, each a bundle of its own so that it starts
  // with only its own code: scan-worker stamps files (src/library/load.ts,
  // shared-stamps.ts), work-worker summarises and stems them (shared-work.ts).
  for (const worker of ['scan-worker', 'work-worker']) {
    await build({
      ...common,
      entryPoints: { [worker]: `src/library/${worker}.ts` },
      outfile: `${outDir}/${worker}.cjs`,
      format: 'cjs',
      define: { ...common.define, 'import.meta.url': '__qariBundleUrl' },
      banner: { js: "const __qariBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    });
  }
  await build({
    ...common,
    entryPoints: { web: 'src/web/index.ts' },
    outfile: `${outDir}/web.cjs`,
    format: 'cjs',
    // linkedom draws on canvas only when it is installed; qari never draws.
    external: [...common.external, 'canvas'],
    define: { ...common.define, 'import.meta.url': '__qariBundleUrl' },
    banner: { js: "const __qariBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  await build({
    ...common,
    // The worker that parses large articles off the main thread (src/tui/use-article.ts).
    entryPoints: { run: 'src/tui/run.tsx', 'article-worker': 'src/tui/article-worker.ts' },
    outdir: `${outDir}/tui`,
    format: 'esm',
    splitting: true,
    // Ink's width measurement, by the text engine's tables (src/tui/string-width.ts).
    alias: { 'string-width': './src/tui/string-width.ts' },
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __qariCreateRequire } from 'node:module'; const require = __qariCreateRequire(import.meta.url);" },
  });
}
