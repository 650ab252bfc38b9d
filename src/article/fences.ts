// Fenced code blocks (``` or ~~~), seen line by line: what is inside one is code,
// never a heading, a quote or a list. One place for the rule, shared by the
// list summary, the nesting guard and the fast lexer.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export class FenceTracker {
  private fence: string | undefined;

  /** Whether `line` opens, continues or closes fenced code (call once per line, in order). */
  isCode(line: string): boolean {
    const marker = FENCE.exec(line)?.[1];
    if (this.fence === undefined) {
      if (marker) this.fence = marker;
      return marker !== undefined;
    }
    // A closing fence: the same character, at least as long, nothing after it.
    if (marker && marker[0] === this.fence[0] && marker.length >= this.fence.length && line.trim() === marker) this.fence = undefined;
    return true;
  }

  /** Inside code that has not been closed (yet). */
  get open(): boolean {
    return this.fence !== undefined;
  }
}
