// Bundles the CLI with esbuild so `bin/qari.js` starts fast (DESIGN.md §5):
// one entry, code splitting so the TUI (Ink, React) loads only when it is used.
// Built beside dist/ and swapped in, so a running qari never sees half a bundle.
import { build } from 'esbuild';
import { rename, rm } from 'node:fs/promises';

const root = new URL('..', import.meta.url);
const next = new URL(`dist.next-${process.pid}`, root);
const old = new URL(`dist.old-${process.pid}`, root);
const dist = new URL('dist', root);

await build({
  entryPoints: { qari: 'src/cli/main.ts' },
  outdir: next.pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  legalComments: 'none',
  minify: process.env.QARI_NO_MINIFY !== '1',
  // Ink imports react-devtools-core only when DEV=true; it is not installed.
  external: ['react-devtools-core'],
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __qariCreateRequire } from 'node:module'; const require = __qariCreateRequire(import.meta.url);" },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await rename(dist, old).catch(() => undefined);
await rename(next, dist);
await rm(old, { recursive: true, force: true });
