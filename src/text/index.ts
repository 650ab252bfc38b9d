// The bidi text engine of qari: pure functions over strings, no I/O.
export type { Direction, DirectionChoice, LayoutOptions, Segment, StyleRun, VisualLine } from './types.js';
export { layoutParagraph, layoutText } from './paragraph-layout.js';
export { sanitize } from './sanitize.js';
export { resolveDirection } from './paragraph-direction.js';
export { displayWidth } from './width.js';
export { shapeArabic } from './shaping.js';
