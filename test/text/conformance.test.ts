// Unicode's BidiCharacterTest.txt (UAX #9 conformance, Unicode 15.0) through the public API
// and through `qari bidi` as a real process (the built binary: the command, its option
// parsing and streaming, the bundle; an in-process run of the same command added nothing). Cases holding marks (rule L3
// moves them), separators or control characters are skipped; the expectation applies
// rule L4 and drops bidi controls and BN, which the engine never prints.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { layoutParagraph } from '../../src/text/index.js';
import { loadConformanceCases, type ConformanceCase } from './support/bidi-character-test.js';
import { BIN, runCli } from '../support/run-cli.js';

const { cases, skipped, total } = loadConformanceCases();
const DIRS = ['ltr', 'rtl', 'auto'] as const;

function show(text: string): string {
  return [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join(' ');
}

function describeFailures(failures: { c: ConformanceCase; got: string }[]): string {
  return failures
    .slice(0, 10)
    .map(({ c, got }) => `line ${c.line} (${c.dir}) ${show(c.text)}: got ${show(got)}, want ${show(c.expected)}`)
    .join('\n');
}

describe('BidiCharacterTest.txt (Unicode 15.0)', () => {
  it('has the cases it should', () => {
    expect(total).toBe(91707);
    expect(skipped).toBe(17); // NSM (L3), S (TAB), B: not comparable with one visual line
    expect(cases.length).toBe(total - skipped);
    console.log(`BidiCharacterTest: ${cases.length} applicable cases, ${skipped} skipped of ${total}`);
  });

  it('passes every applicable case through layoutParagraph', () => {
    const failures: { c: ConformanceCase; got: string }[] = [];
    for (const c of cases) {
      const lines = layoutParagraph(c.text, { width: 0, shape: false, dir: c.dir });
      const got = lines.map((line) => line.text).join('\n');
      if (got !== c.expected) failures.push({ c, got });
    }
    expect(failures.length, describeFailures(failures)).toBe(0);
  });

  it('passes every applicable case through a real `node bin/qari.js bidi` process', () => {
    expect(existsSync(new URL('../../dist/qari.cjs', import.meta.url)), `${BIN} needs the bundle: run npm run build (npm test does)`).toBe(true);
    const failures: { c: ConformanceCase; got: string }[] = [];
    for (const dir of DIRS) {
      const batch = cases.filter((c) => c.dir === dir);
      const run = runCli(['bidi', '--width', '0', '--no-shape', '--dir', dir], { input: batch.map((c) => c.text).join('\n') + '\n' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const lines = run.stdout.split('\n');
      batch.forEach((c, k) => {
        if (lines[k] !== c.expected) failures.push({ c, got: lines[k] ?? '' });
      });
    }
    expect(failures.length, describeFailures(failures)).toBe(0);
  });
});
