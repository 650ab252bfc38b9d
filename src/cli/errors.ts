// The two kinds of failure the CLI reports as one line on stderr. A failure the
// CLI words itself carries its catalogue key and values, and is said in the
// interface's language from them; one worded in another room (an article's, the
// web's, which may not know the catalogues) carries that room's English, which
// the catalogue's templates find on its way out (src/i18n/translate-message.ts).
import { ENGLISH, type MessageKey, type Params } from '../i18n/index.js';

/** A message of the catalogue with its values. */
export interface Said {
  key: MessageKey;
  params?: Params;
}

abstract class CliError extends Error {
  /** Undefined when the words came from elsewhere, already made. */
  readonly said: Said | undefined;

  /** `message` is always the English: what QARI_DEBUG and tests of the English interface read. */
  constructor(what: string | Said) {
    super(typeof what === 'string' ? what : ENGLISH.t(what.key, what.params));
    this.said = typeof what === 'string' ? undefined : what;
  }
}

/** Bad arguments: exit code 2. */
export class UsageError extends CliError {}

/** Something went wrong at run time (a missing article, an unreadable file): exit code 1. */
export class QariError extends CliError {}
