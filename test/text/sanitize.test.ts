// Sanitising, the engine's first step (docs/ARCHITECTURE.md, the text engine): nothing that drives a terminal survives, and unbalanced
// bidi controls never reach past their paragraph (Trojan Source, CVE-2021-42574).
import { describe, expect, it } from 'vitest';
import { layoutParagraph, sanitize } from '../../src/text/index.js';

describe('sanitize', () => {
  it('removes whole escape sequences, not just the ESC', () => {
    expect(sanitize('a\x1b[1;31mred\x1b[0m b')).toBe('ared b');
    expect(sanitize('\x1b]8;;https://evil.example\x07link\x1b]8;;\x07')).toBe('link');
    expect(sanitize('\x1b]0;title\x1b\\text')).toBe('text');
    expect(sanitize('\x1bP1$r\x1b\\x')).toBe('x');
    expect(sanitize('\x1b(Bplain\x1b7\x1bc')).toBe('plain');
    expect(sanitize('\x9b2Jclear\x9d0;t\x9cok')).toBe('clearok');
    expect(sanitize('x\x9fapplication program command\x07y')).toBe('xy');
    // An escape string never terminated runs to the end of the paragraph, as in a terminal.
    expect(sanitize('kept\x1b]8;;never closed')).toBe('kept');
    // A lone ESC goes alone.
    expect(sanitize('a\x1b\u0639b')).toBe('a\u0639b');
  });

  it('drops C0 controls but LF and TAB, DEL and C1 controls', () => {
    expect(sanitize('a\0b\x07c\x08d\x7fe\x85f\x9ag\rh')).toBe('abcdefgh');
  });

  it('turns line and paragraph separators into spaces, a paragraph being one line', () => {
    expect(sanitize('one\ntwo\u2028three\u2029four')).toBe('one two three four');
  });

  it('expands a TAB to the next stop of 8 cells', () => {
    expect(sanitize('\tx')).toBe('        x');
    expect(sanitize('ab\tc')).toBe('ab      c');
    expect(sanitize('中文\tx')).toBe('中文    x');
  });

  it('replaces a lone surrogate, keeps a pair', () => {
    expect(sanitize('a\ud800b😀')).toBe('a\ufffdb😀');
  });

  it('keeps the bidi controls for the levels step', () => {
    expect(sanitize('a\u202bb\u202c')).toBe('a\u202bb\u202c');
  });
});

describe('explicit bidi controls', () => {
  it('are honoured in the paragraph but never printed', () => {
    // RLO reverses "abc"; nothing of the control itself comes out.
    const [line] = layoutParagraph('x \u202eabc\u202c y', { width: 0 });
    expect(line!.text).toBe('x cba y');
  });

  it('do not leak past the paragraph when left open', () => {
    const [first] = layoutParagraph('open \u202eleft open', { width: 0 });
    expect(first!.text).toBe('open nepo tfel');
    const [next] = layoutParagraph('next paragraph', { width: 0 });
    expect(next!.text).toBe('next paragraph');
  });

  it('show Trojan Source code in its real order', () => {
    // The classic "access level" trick: the RLO/LRI make the comment look like it ends early.
    const source = '/* } \u202e\u2066if (isAdmin)\u2069 \u2066 begin admins only */';
    const [line] = layoutParagraph(source, { width: 0, dir: 'ltr' });
    expect(line!.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
  });
});
