// Pipe commands must not load Ink or React: they cost more to load than the
// whole of `qari cat`. The CLI is one CommonJS file; the reader is a separate
// ES module bundle it imports only in a terminal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

const DIST = join(ROOT, 'dist');
/** Strings that survive minifying, one from each library. */
const SIGNATURES = { ink: 'ink-text', react: 'react.element' };
/** Strings from the web libraries (linkedom's element classes, Readability, feedsmith). */
const WEB_SIGNATURES = { linkedom: 'HTMLTemplateElement', readability: '_grabArticle', feedsmith: 'content:encoded' };
const read = (...path: string[]) => readFileSync(join(DIST, ...path), 'utf8');

describe('what each part of the bundle holds', () => {
  it('the CLI (every pipe command) holds no Ink or React', () => {
    const cli = read('qari.cjs');
    for (const signature of Object.values(SIGNATURES)) expect(cli).not.toContain(signature);
  });

  it('nor the HTML parser, Readability or the feed parser: web.cjs holds them, loaded by name at run time', () => {
    const cli = read('qari.cjs');
    const web = read('web.cjs');
    for (const signature of Object.values(WEB_SIGNATURES)) {
      expect(cli).not.toContain(signature);
      expect(web).toContain(signature);
    }
    expect(cli).toMatch(/\(["']\.\/web\.cjs["']\)/);
  });

  it('and reaches the reader only by name at run time (src/cli/outside-modules.ts)', () => {
    expect(read('qari.cjs')).toMatch(/\(["']\.\/tui\/run\.js["']\)/);
  });

  it('the reader holds Ink and React (so the checks above can fail)', () => {
    const reader = read('tui', 'run.js');
    expect(reader).toContain(SIGNATURES.ink);
    expect(reader).toContain(SIGNATURES.react);
  });

  it('has no code highlighter: tables and code are drawn by qari, and the whole reader stays under 1 MB', () => {
    const files = readdirSync(join(DIST, 'tui'));
    expect(files.filter((file) => /marked-terminal|highlight/.test(file))).toEqual([]);
    const bytes = files.reduce((sum, file) => sum + statSync(join(DIST, 'tui', file)).size, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });
});
