// GNU FriBidi's command line tool as the shaping reference: qari's shaping must match it. CI installs it
// (libfribidi-bin); a machine without it fails the tests that need it, loudly.
import { spawnSync } from 'node:child_process';

/** `fribidi --nobreak --nopad --clean <dirFlag>` over text, with FriBidi's U+FEFF fillers removed. */
export function fribidi(text: string, dirFlag: '--rtl' | '--ltr' | null): string {
  const args = ['--nobreak', '--nopad', '--clean', ...(dirFlag ? [dirFlag] : [])];
  const result = spawnSync('fribidi', args, { input: text, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`cannot run fribidi (${(result.error as NodeJS.ErrnoException).code ?? result.error.message}): install GNU FriBidi's command line tool, e.g. apt-get install libfribidi-bin`);
  }
  if (result.status !== 0) throw new Error(`fribidi exited with ${result.status}: ${result.stderr}`);
  return result.stdout.replaceAll('\ufeff', '');
}

/** Lines of an output, without the empty string after a final newline. */
export function outputLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
