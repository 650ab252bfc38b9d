// Whether NUL bytes make a file binary. Text never holds them on purpose, but one
// slips into a scraped or hand-edited page now and then; a file is only binary
// when they are common (images, archives and executables are full of them).

/** Bytes of text allowed for each NUL before the file counts as binary. */
const BYTES_PER_STRAY_NUL = 4096;

export function countNuls(bytes: Uint8Array): number {
  let count = 0;
  for (let index = bytes.indexOf(0); index !== -1; index = bytes.indexOf(0, index + 1)) count++;
  return count;
}

export function nulsMakeBinary(nuls: number, length: number): boolean {
  return nuls > 0 && nuls * BYTES_PER_STRAY_NUL > length;
}

export function strayNulWarning(nuls: number): string {
  return nuls === 1 ? 'a stray NUL byte, left out' : `${nuls} stray NUL bytes, left out`;
}
