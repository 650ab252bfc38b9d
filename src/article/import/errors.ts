/** Input that cannot be imported (empty, binary, not UTF-8, no text); the message is one line. */
export class ImportError extends Error {}
