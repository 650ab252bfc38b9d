// A short fingerprint of a text, for what the cache keys on (which index file is a
// folder's, whether a folder changed since it was indexed). Not a cryptographic
// hash: loading node:crypto alone cost about 20 ms of every start, a quarter of
// `node -e 0`. cyrb53 (public domain, by bryc): 53 bits, so two different states
// of a library share a fingerprint with odds of about one in 10^16.
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
