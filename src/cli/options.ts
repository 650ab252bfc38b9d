// Options every command accepts, and the parse helper commands share.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type Said } from './errors.js';
import { BIDI_CHOICES, type BidiChoice } from '../terminal/detect.js';
import { chooseLanguage, createUi, languageOfLocale, type Ui } from '../i18n/index.js';

export const globalOptions = {
  library: { type: 'string' },
  bidi: { type: 'string' },
  'no-color': { type: 'boolean' },
  lang: { type: 'string' },
  digits: { type: 'string' },
  months: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;


export interface GlobalSettings {
  library: string | undefined;
  bidi: BidiChoice;
  color: boolean;
  /** The interface language, its digits and month names. */
  ui: Ui;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with the global options added; unknown flags become a UsageError. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { ...globalOptions, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? optionProblem(error) : String(error));
  }
}

/**
 * Node's words for a bad flag, in qari's: Node's own are English whatever the
 * locale, and tell a positional argument's workaround nobody asked for. The
 * code says what went wrong; the message only which option.
 */
function optionProblem(error: Error): Said | string {
  const code = (error as { code?: unknown }).code;
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  // "-w, --width <value>" → --width; "-z" stays -z.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { key: 'error.unknown-option', params: { option } };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(error.message)) return { key: 'error.option-takes-no-value', params: { option } };
    if (/ambiguous/.test(error.message)) return { key: 'error.option-value-dash', params: { option } };
    return { key: 'error.option-needs-value', params: { option } };
  }
  return firstLine(error.message);
}

export function globalSettings(values: Record<string, unknown>, env: NodeJS.ProcessEnv): GlobalSettings {
  const bidi = String(values.bidi ?? env.QARI_BIDI ?? 'auto');
  if (!isBidiChoice(bidi)) throw new UsageError({ key: 'error.bidi-mode', params: { choices: BIDI_CHOICES.join(', '), value: bidi } });
  const library = typeof values.library === 'string' ? values.library : env.QARI_LIBRARY || undefined;
  const color = !values['no-color'] && !('NO_COLOR' in env && env.NO_COLOR !== '');
  return { library, bidi, color, ui: interfaceOf(values, env) };
}

/**
 * --lang ar|en (else QARI_LANG, else the locale), --digits latn|arab, --months
 * standard|levant. A bad value is a usage error, said in the language the rest
 * of the line chose.
 */
export function interfaceOf(values: Record<string, unknown>, env: NodeJS.ProcessEnv): Ui {
  const flag = typeof values.lang === 'string' ? values.lang : undefined;
  const language = chooseLanguage(flag, env);
  const digits = String(values.digits ?? 'latn');
  const months = String(values.months ?? 'standard');
  const ui = createUi({ language, digits: digits === 'arab' ? 'arab' : 'latn', months: months === 'levant' ? 'levant' : 'standard' });
  if (flag !== undefined && !languageOfLocale(flag)) throw new UsageError({ key: 'cli.bad-choice', params: { option: '--lang', choices: 'ar, en', value: flag } });
  if (digits !== 'latn' && digits !== 'arab') throw new UsageError({ key: 'cli.bad-choice', params: { option: '--digits', choices: 'latn, arab', value: digits } });
  if (months !== 'standard' && months !== 'levant') throw new UsageError({ key: 'cli.bad-choice', params: { option: '--months', choices: 'standard, levant', value: months } });
  return ui;
}

function isBidiChoice(value: string): value is BidiChoice {
  return (BIDI_CHOICES as readonly string[]).includes(value);
}

/** No terminal is wider; a wider line only exhausts memory padding it. */
export const MAX_WIDTH = 10_000;

/** Parses a whole-number option in [min, max], or throws a UsageError naming it. */
export function integerOption(name: string, value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError({ key: 'error.whole-number', params: { name, min, value: text } });
  if (Number(text) > max) throw new UsageError({ key: 'error.at-most', params: { name, max, value: text } });
  return Number(text);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
