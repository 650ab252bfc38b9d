import { describe, expect, it } from 'vitest';
import { forcedColorLevel } from '../../src/terminal/color.js';
import { forcesLtr } from '../../src/terminal/kitty-config.js';

describe('colour where the terminal has it', () => {
  it('mlterm gets colour though chalk does not know its TERM', () => {
    expect(forcedColorLevel({ TERM: 'mlterm' }, true)).toBe('2');
    expect(forcedColorLevel({ TERM: 'xterm', MLTERM: '3.9.0' }, true)).toBe('2');
  });

  it('COLORTERM alone turns colour on', () => {
    expect(forcedColorLevel({ TERM: 'unknown', COLORTERM: 'truecolor' }, true)).toBe('3');
    expect(forcedColorLevel({ TERM: 'unknown', COLORTERM: 'yes' }, true)).toBe('1');
  });

  it('NO_COLOR / --no-color win over all of it, and a FORCE_COLOR of the user’s is left alone', () => {
    expect(forcedColorLevel({ TERM: 'mlterm', COLORTERM: 'truecolor' }, false)).toBe('0');
    expect(forcedColorLevel({ TERM: 'mlterm', FORCE_COLOR: '1' }, true)).toBeUndefined();
    expect(forcedColorLevel({ TERM: 'xterm-256color' }, true)).toBeUndefined();
  });
});

describe("kitty's force_ltr", () => {
  it('is read from kitty.conf, the last setting winning', () => {
    expect(forcesLtr('font_size 12\nforce_ltr yes\n')).toBe(true);
    expect(forcesLtr('force_ltr yes\nforce_ltr no\n')).toBe(false);
    expect(forcesLtr('# force_ltr yes\n')).toBe(false);
  });
});
