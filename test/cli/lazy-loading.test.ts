// Pipe commands must not load Ink, React or marked-terminal (DESIGN.md §5):
// they cost more to load than the whole of `qari cat`. Checked on the built
// bundle by following each command's static imports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

const DIST = join(ROOT, 'dist');
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;

function staticallyLoaded(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) staticallyLoaded(match[1] ?? '', seen);
  return seen;
}

/** Strings that survive minifying, one from each library. */
const SIGNATURES = { ink: 'ink-text', react: 'react.element', markedTerminal: 'showSectionPrefix' };

const commandChunk = (name: string) => readdirSync(DIST).find((file) => file.startsWith(`${name}-`) && file.endsWith('.js')) ?? `${name}-missing.js`;
const loadedCode = (...entries: string[]) => [...new Set(entries.flatMap((entry) => [...staticallyLoaded(entry)]))].map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');

describe('pipe commands load no TUI code', () => {
  it.each(['list', 'cat', 'bidi', 'related', 'import'])('qari %s', (name) => {
    const code = loadedCode('qari.js', commandChunk(name));
    for (const signature of Object.values(SIGNATURES)) expect(code).not.toContain(signature);
  });

  it('while the reader loads Ink and React, and marked-terminal has a chunk of its own (so the check can fail)', () => {
    const reader = loadedCode(readdirSync(DIST).find((file) => file.startsWith('run-')) ?? 'run-missing.js');
    expect(reader).toContain(SIGNATURES.ink);
    expect(reader).toContain(SIGNATURES.react);
    expect(loadedCode(commandChunk('marked-terminal'))).toContain(SIGNATURES.markedTerminal);
  });
});
