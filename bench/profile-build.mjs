// A build of qari for profiling: the same esbuild options as scripts/build.mjs
// (keep them in step) plus source maps, in a private folder, so a profile of
// the minified bundle maps back to src/… files and function names.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './qari.mjs';

export async function buildForProfile(dir) {
  const { build } = await import('esbuild');
  mkdirSync(join(dir, 'bin'), { recursive: true });
  await build({
    entryPoints: { qari: join(ROOT, 'src/cli/main.ts') },
    outdir: join(dir, 'dist'),
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    legalComments: 'none',
    minify: true,
    sourcemap: 'linked',
    external: ['react-devtools-core'],
    banner: { js: "import { createRequire as __qariCreateRequire } from 'node:module'; const require = __qariCreateRequire(import.meta.url);" },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  cpSync(join(ROOT, 'bin', 'qari.js'), join(dir, 'bin', 'qari.js'));
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const name of ['articles', 'node_modules']) symlinkSync(join(ROOT, name), join(dir, name));
  return join(dir, 'bin', 'qari.js');
}
