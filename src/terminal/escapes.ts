// The escape sequences qari sends. Named, so nobody has to read hex.
const ESC = '\u001B';
const CSI = `${ESC}[`;

export const escapes = {
  alternateScreenOn: `${CSI}?1049h`,
  alternateScreenOff: `${CSI}?1049l`,
  cursorHide: `${CSI}?25l`,
  cursorShow: `${CSI}?25h`,
  /** BDSM reset: VTE shows our visual order as is (explicit mode). */
  bidiExplicit: `${CSI}8l`,
  /** BDSM set: VTE's default, implicit mode (the terminal reorders). */
  bidiImplicit: `${CSI}8h`,
  /** SCP: paragraph direction LTR, and its default. */
  paragraphLtr: `${CSI}1 k`,
  paragraphDefault: `${CSI}0 k`,
  /** VTE: each paragraph's direction from its first strong letter (implicit mode). */
  autoDirectionOn: `${CSI}?2501h`,
  autoDirectionOff: `${CSI}?2501l`,
  /** mlterm: its own bidi off and back on. */
  mltermBidiOff: `${ESC}]5379;use_ctl=false\u0007`,
  mltermBidiOn: `${ESC}]5379;use_ctl=true\u0007`,
  clearScreen: `${CSI}2J${CSI}H`,
} as const;

/** Unicode isolates, to keep a terminal's own bidi from reordering around a label. */
export const RLI = '\u2067';
export const FSI = '\u2068';
export const PDI = '\u2069';
/** RIGHT-TO-LEFT MARK: a strong RTL letter of no width. */
export const RLM = '\u200F';
