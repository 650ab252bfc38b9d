// Pipe commands must not load Ink, React or marked-terminal (DESIGN.md §5):
// they cost more to load than the whole of `qari cat`. The CLI is one CommonJS
// file; the reader is a separate ES module bundle it imports only in a terminal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

const DIST = join(ROOT, 'dist');
/** Strings that survive minifying, one from each library. */
const SIGNATURES = { ink: 'ink-text', react: 'react.element', markedTerminal: 'tableOptions' };
/** Strings from the web libraries (linkedom's element classes, Readability, feedsmith). */
const WEB_SIGNATURES = { linkedom: 'HTMLTemplateElement', readability: '_grabArticle', feedsmith: 'content:encoded' };
const read = (...path: string[]) => readFileSync(join(DIST, ...path), 'utf8');

describe('what each part of the bundle holds', () => {
  it('the CLI (every pipe command) holds no Ink, React or marked-terminal', () => {
    const cli = read('qari.cjs');
    for (const signature of Object.values(SIGNATURES)) expect(cli).not.toContain(signature);
  });

  it('nor the HTML parser, Readability or the feed parser: web.cjs holds them, reached by a dynamic import', () => {
    const cli = read('qari.cjs');
    const web = read('web.cjs');
    for (const signature of Object.values(WEB_SIGNATURES)) {
      expect(cli).not.toContain(signature);
      expect(web).toContain(signature);
    }
    expect(cli).toMatch(/import\(["']\.\/web\.cjs["']\)/);
  });

  it('and reaches the reader only through a dynamic import', () => {
    expect(read('qari.cjs')).toMatch(/import\(["']\.\/tui\/run\.js["']\)/);
  });

  it('the reader holds Ink and React, and marked-terminal in a chunk of its own (so the checks can fail)', () => {
    const reader = read('tui', 'run.js');
    expect(reader).toContain(SIGNATURES.ink);
    expect(reader).toContain(SIGNATURES.react);
    expect(reader).not.toContain(SIGNATURES.markedTerminal);
    const chunk = readdirSync(join(DIST, 'tui')).find((file) => file.startsWith('marked-terminal-')) ?? 'missing';
    expect(read('tui', chunk)).toContain(SIGNATURES.markedTerminal);
  });
});
