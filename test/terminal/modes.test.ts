import { describe, expect, it } from 'vitest';
import { bidiModes, terminalModes } from '../../src/terminal/modes.js';
import { chooseBidiMode, renderingOf } from '../../src/terminal/detect.js';

const CSI = '\u001B[';

describe('terminal modes', () => {
  it('visual modes ask VTE for explicit bidi and LTR paragraphs before the first paint, and undo it', () => {
    for (const mode of ['app', 'override', 'kitty'] as const) {
      const modes = terminalModes(mode, {});
      expect(modes.enter).toContain(`${CSI}?1049h`);
      expect(modes.enter).toContain(`${CSI}8l`);
      expect(modes.enter).toContain(`${CSI}1 k`);
      expect(modes.enter).not.toContain('5379');
      expect(modes.leave).toContain(`${CSI}8h`);
      expect(modes.leave).toContain(`${CSI}0 k`);
      expect(modes.leave.endsWith(`${CSI}?1049l`)).toBe(true);
      expect(modes.leave).toContain(`${CSI}?25h`);
    }
  });

  it("turns mlterm's own bidi off only where mlterm runs, and only for app mode", () => {
    const modes = terminalModes('app', { MLTERM: '3.9.3' });
    expect(modes.enter).toContain('\u001B]5379;use_ctl=false\u0007');
    expect(modes.leave).toContain('\u001B]5379;use_ctl=true\u0007');
    expect(terminalModes('terminal', { MLTERM: '3.9.3' }).enter).not.toContain('5379');
  });

  it('terminal mode leaves bidi to the terminal; cat lets VTE find each paragraph’s direction', () => {
    const modes = terminalModes('terminal', {});
    expect(modes.enter).not.toContain(`${CSI}8l`);
    expect(modes.enter).not.toContain(`${CSI}?2501h`);
    expect(modes.enter).toContain(`${CSI}?1049h`);
    expect(modes.leave).toContain(`${CSI}0 k`);
    const cat = bidiModes('terminal', {});
    expect(cat.enter).toContain(`${CSI}?2501h`);
    expect(cat.leave).toContain(`${CSI}?2501l`);
  });

  it('output to a terminal (cat, bidi) gets the bidi modes without the alternate screen', () => {
    const modes = bidiModes('app', {});
    expect(modes.enter).toBe(`${CSI}8l${CSI}1 k`);
    expect(modes.enter).not.toContain('1049');
    expect(modes.leave).not.toContain('1049');
  });

  it('auto: overrides on Konsole and Apple Terminal, logical runs on kitty unless force_ltr, app elsewhere', () => {
    expect(chooseBidiMode('auto', { KONSOLE_VERSION: '230800' })).toBe('override');
    expect(chooseBidiMode('auto', { TERM_PROGRAM: 'Apple_Terminal' })).toBe('override');
    expect(chooseBidiMode('auto', { TERM: 'xterm-kitty' })).toBe('kitty');
    expect(chooseBidiMode('auto', { KITTY_WINDOW_ID: '3', TERM: 'xterm-256color' })).toBe('kitty');
    expect(chooseBidiMode('auto', { TERM: 'xterm-kitty' }, { kittyForcesLtr: true })).toBe('app');
    expect(chooseBidiMode('auto', { VTE_VERSION: '7600' })).toBe('app');
    expect(chooseBidiMode('auto', { MLTERM: '3.9.0' })).toBe('app');
    expect(chooseBidiMode('auto', {})).toBe('app');
    expect(chooseBidiMode('terminal', { KONSOLE_VERSION: '1' })).toBe('terminal');
    expect(renderingOf('kitty')).toBe('app');
    expect(renderingOf('terminal')).toBe('terminal');
  });
});
