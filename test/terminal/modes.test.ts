import { describe, expect, it } from 'vitest';
import { terminalModes } from '../../src/terminal/modes.js';
import { chooseRendering } from '../../src/terminal/detect.js';

const CSI = '\u001B[';

describe('terminal modes', () => {
  it('app mode asks VTE for explicit bidi and LTR paragraphs before the first paint, and undoes it', () => {
    const modes = terminalModes('app', {});
    expect(modes.enter).toContain(`${CSI}?1049h`);
    expect(modes.enter).toContain(`${CSI}8l`);
    expect(modes.enter).toContain(`${CSI}1 k`);
    expect(modes.enter).not.toContain('5379');
    expect(modes.leave).toContain(`${CSI}8h`);
    expect(modes.leave).toContain(`${CSI}0 k`);
    expect(modes.leave.endsWith(`${CSI}?1049l`)).toBe(true);
    expect(modes.leave).toContain(`${CSI}?25h`);
  });

  it("turns mlterm's own bidi off only where mlterm runs", () => {
    const modes = terminalModes('app', { MLTERM: '3.9.3' });
    expect(modes.enter).toContain('\u001B]5379;use_ctl=false\u0007');
    expect(modes.leave).toContain('\u001B]5379;use_ctl=true\u0007');
  });

  it('terminal mode leaves bidi to the terminal', () => {
    const modes = terminalModes('terminal', {});
    expect(modes.enter).not.toContain(`${CSI}8l`);
    expect(modes.enter).toContain(`${CSI}?1049h`);
  });

  it('auto picks terminal mode on Konsole and Apple Terminal, app mode elsewhere', () => {
    expect(chooseRendering('auto', { KONSOLE_VERSION: '230800' })).toBe('terminal');
    expect(chooseRendering('auto', { TERM_PROGRAM: 'Apple_Terminal' })).toBe('terminal');
    expect(chooseRendering('auto', { VTE_VERSION: '7600' })).toBe('app');
    expect(chooseRendering('auto', {})).toBe('app');
    expect(chooseRendering('terminal', {})).toBe('terminal');
  });
});
