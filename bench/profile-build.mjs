// A build of qari for profiling: scripts/bundle.mjs with source maps, in a private folder, so a profile of
// the minified bundle maps back to src/… files and function names.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './qari.mjs';

export async function buildForProfile(dir) {
  const { bundle } = await import('../scripts/bundle.mjs');
  mkdirSync(join(dir, 'bin'), { recursive: true });
  await bundle({ outDir: join(dir, 'dist'), sourcemap: true });
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const name of ['articles', 'node_modules']) symlinkSync(join(ROOT, name), join(dir, name));
  return join(dir, 'bin', 'qari.js');
}
