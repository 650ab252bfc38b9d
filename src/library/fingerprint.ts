// A short fingerprint of texts and numbers, for what the cache keys on (which index
// file is a folder's, whether a folder changed since it was indexed). Not a
// cryptographic hash: loading node:crypto alone cost about 20 ms of every start, a
// quarter of `node -e 0`. cyrb53 (public domain, by bryc): 53 bits, so two
// different states of a library share a fingerprint with odds of about one in 10^16.

// A number is fed as the two 32-bit halves of its IEEE double: exact, and no string made.
const DOUBLE = new Float64Array(1);
const HALVES = new Uint32Array(DOUBLE.buffer);

export class Fingerprint {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  text(text: string): this {
    for (let index = 0; index < text.length; index++) this.unit(text.charCodeAt(index));
    return this;
  }

  number(value: number): this {
    DOUBLE[0] = value;
    this.unit(HALVES[0] ?? 0);
    this.unit(HALVES[1] ?? 0);
    return this;
  }

  digest(): string {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }

  private unit(unit: number): void {
    this.h1 = Math.imul(this.h1 ^ unit, 2654435761);
    this.h2 = Math.imul(this.h2 ^ unit, 1597334677);
  }
}

export function fingerprint(text: string): string {
  return new Fingerprint().text(text).digest();
}
