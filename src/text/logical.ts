// Logical mode (visual: false), for terminals that run their own bidi (Konsole, Apple
// Terminal): the caller wraps each RTL line in RLI…PDI. Explicit embeddings, overrides and
// isolates in the text must still reach that terminal, but each line has to be closed on
// itself: an LRE opened on one line and closed on the next, or a stray PDI, would otherwise
// leak into (or close) the caller's isolate. So each line reopens what is open at its start,
// closes what is open at its end, and drops closers that close nothing.

const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI = 0x2068;
const PDI = 0x2069;
const MAX_DEPTH = 125; // UAX #9 BD2

export class ControlBalance {
  private readonly stack: number[] = [];
  private overflow = 0;

  /** The openers in force, to start a line with. */
  reopen(): string {
    return this.stack.length === 0 ? '' : String.fromCharCode(...this.stack);
  }

  /** Closers for what is open, to end a line with (the state carries on to the next line). */
  close(): string {
    let s = '';
    for (let k = this.stack.length - 1; k >= 0; k--) s += String.fromCharCode(isIsolate(this.stack[k]!) ? PDI : PDF);
    return s;
  }

  /** Takes one control in logical order; returns whether it is written out. */
  accept(c: number): boolean {
    if (c === LRE || c === RLE || c === LRO || c === RLO || c === LRI || c === RLI || c === FSI) {
      if (this.stack.length >= MAX_DEPTH) {
        this.overflow++;
        return false;
      }
      this.stack.push(c);
      return true;
    }
    if (this.overflow > 0) {
      this.overflow--;
      return false;
    }
    if (c === PDF) {
      const top = this.stack[this.stack.length - 1];
      if (top === undefined || isIsolate(top)) return false; // X7: a PDF cannot close an isolate
      this.stack.pop();
      return true;
    }
    if (c === PDI) {
      let k = this.stack.length - 1;
      while (k >= 0 && !isIsolate(this.stack[k]!)) k--;
      if (k < 0) return false; // X6a: no isolate to close
      this.stack.length = k; // closes the isolate and the embeddings inside it
      return true;
    }
    return true;
  }
}

function isIsolate(c: number): boolean {
  return c === LRI || c === RLI || c === FSI;
}
