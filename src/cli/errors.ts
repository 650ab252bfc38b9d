// The two kinds of failure the CLI reports as one line on stderr.

/** Bad arguments: exit code 2. */
export class UsageError extends Error {}

/** Something went wrong at run time (a missing article, an unreadable file): exit code 1. */
export class QariError extends Error {}
