import { describe, expect, it } from 'vitest';
import { terminalSize } from '../../src/terminal/size.js';

describe('the terminal size cat --visual, bidi, the reader and Arabic stderr lay out for', () => {
  it('is the terminal’s own', () => {
    expect(terminalSize({ isTTY: true, columns: 50, rows: 12 })).toEqual({ columns: 50, rows: 12 });
  });

  it('is 80×24 for a pipe, or a terminal that says 0 (some do while starting)', () => {
    expect(terminalSize({})).toEqual({ columns: 80, rows: 24 });
    expect(terminalSize({ isTTY: false, columns: 50, rows: 12 })).toEqual({ columns: 80, rows: 24 });
    expect(terminalSize({ isTTY: true, columns: 0, rows: 0 })).toEqual({ columns: 80, rows: 24 });
  });
});
