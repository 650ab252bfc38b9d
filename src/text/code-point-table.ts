// A lookup over all code points built from a generated range list [first, last, value, …]:
// a flat array for the BMP (one read per UTF-16 unit in the hot loops) and a binary search
// over the few astral ranges. Built on first use, so importing the engine costs nothing.

export class CodePointTable {
  private bmp: Uint8Array | undefined;
  private astralFirst = new Int32Array(0);
  private astralLast = new Int32Array(0);
  private astralValue = new Uint8Array(0);

  constructor(
    private readonly ranges: readonly number[],
    private readonly fallback: number,
  ) {}

  /** The flat BMP table (index by UTF-16 unit); astral units read as the fallback. */
  get flat(): Uint8Array {
    return this.bmp ?? this.build();
  }

  get(cp: number): number {
    if (cp < 0x10000) return (this.bmp ?? this.build())[cp]!;
    if (!this.bmp) this.build();
    let lo = 0;
    let hi = this.astralFirst.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < this.astralFirst[mid]!) hi = mid - 1;
      else if (cp > this.astralLast[mid]!) lo = mid + 1;
      else return this.astralValue[mid]!;
    }
    return this.fallback;
  }

  private build(): Uint8Array {
    const bmp = new Uint8Array(0x10000).fill(this.fallback);
    const first: number[] = [];
    const last: number[] = [];
    const value: number[] = [];
    const r = this.ranges;
    for (let i = 0; i < r.length; i += 3) {
      const a = r[i]!;
      const b = r[i + 1]!;
      const v = r[i + 2]!;
      if (a < 0x10000) bmp.fill(v, a, Math.min(b, 0xffff) + 1);
      if (b >= 0x10000) {
        first.push(Math.max(a, 0x10000));
        last.push(b);
        value.push(v);
      }
    }
    this.astralFirst = Int32Array.from(first);
    this.astralLast = Int32Array.from(last);
    this.astralValue = Uint8Array.from(value);
    this.bmp = bmp;
    return bmp;
  }
}

/** The code point at UTF-16 index i (a lone surrogate is returned as itself). */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
