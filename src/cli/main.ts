// Entry point of the `qari` binary: finds the command, runs it, turns failures
// into one line on stderr and an exit code (0 ok, 1 runtime, 2 usage).
import { parseArgs } from 'node:util';
import { globalOptions } from './options.js';
import { QariError, UsageError } from './errors.js';
import type { Command, CommandIO } from './io.js';
import { helpText, VERSION } from './help.js';
import { interfaceFromArgv, speaking } from './speaking.js';
import { errorCode, reasonOf } from '../library/system-errors.js';
import { ENGLISH, type Ui } from '../i18n/index.js';
import { isCatalogued, translateMessage } from '../i18n/translate-message.js';
import { TERMINAL_CONTROL_CHARS } from '../text/bidi-controls.js';

const commands: Record<string, () => Promise<Command>> = {
  list: async () => (await import('./commands/list.js')).list,
  cat: async () => (await import('./commands/cat.js')).cat,
  import: async () => (await import('./commands/import.js')).importCommand,
  bidi: async () => (await import('./commands/bidi.js')).bidi,
  related: async () => (await import('./commands/related.js')).related,
  search: async () => (await import('./commands/search.js')).search,
  feed: async () => (await import('./commands/feed.js')).feed,
};

/** The commands by name (bin/code-cache.js keeps a code cache for each). */
export const COMMAND_NAMES: readonly string[] = Object.keys(commands);

/** The default command when none is named: the TUI, or list/cat when stdout is a pipe. */
const open: () => Promise<Command> = async () => (await import('./commands/open.js')).open;

/** The interface's language, for what is said outside a command: a failed write of the output. */
let said: Ui = ENGLISH;

export async function main(argv: string[], given: CommandIO): Promise<number> {
  const ui = interfaceFromArgv(argv, given.env);
  said = ui;
  // Commands' output is theirs to lay out; what qari says (errors, warnings, help) is said here.
  const io: CommandIO = ui.language === 'en' ? given : { ...given, stderr: await speaking(given.stderr, ui, argv, given.env) };
  try {
    const { name, rest } = splitCommand(argv);
    // After `--` every word is an ARTICLE or FILE, even one spelt --help.
    const flags = beforeDoubleDash(rest);
    if (flags.includes('--version') || flags.includes('-v')) return say(io, VERSION);
    if (flags.includes('--help') || flags.includes('-h')) return say({ ...io, stdout: await speaking(io.stdout, ui, argv, io.env) }, helpText(ui, name));
    const load = name === undefined ? open : commands[name];
    if (!load) throw new UsageError({ key: 'error.unknown-command', params: { name: String(name) } });
    return await (await load())(rest, io);
  } catch (error) {
    return report(io, error, await messageCleaner(), ui);
  }
}

/** The command is the first positional argument, if it names a command. */
function splitCommand(argv: string[]): { name: string | undefined; rest: string[] } {
  const { tokens } = parseArgs({ args: argv, options: globalOptions, allowPositionals: true, strict: false, tokens: true });
  const first = tokens.find((token) => token.kind === 'positional');
  if (!first || first.kind !== 'positional' || !(first.value in commands)) return { name: undefined, rest: argv };
  return { name: first.value, rest: argv.filter((_, index) => index !== first.index) };
}

function beforeDoubleDash(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
}

function say(io: CommandIO, text: string): number {
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

function report(io: CommandIO, error: unknown, clean: (text: string) => string, ui: Ui): number {
  if (isBrokenPipe(error)) return 0;
  io.stderr.write(`qari: ${clean(reportLine(error, ui))}\n`);
  if (error instanceof UsageError) return 2;
  if (!(error instanceof QariError) && process.env.QARI_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return 1;
}

/**
 * The CLI's own failures are said from their catalogue key, their values (a
 * reason in English among them) said in the interface's language too; words
 * made elsewhere are said as they are (speaking.ts finds them in the catalogue
 * on their way out). A failure qari did not foresee (a bug, a library's own
 * error) says so, not only its English words.
 */
function reportLine(error: unknown, ui: Ui): string {
  if ((error instanceof QariError || error instanceof UsageError) && error.said) {
    const { key, params = {} } = error.said;
    return ui.t(key, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? translateMessage(value, ui) : value])));
  }
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const known = error instanceof QariError || error instanceof UsageError || isCatalogued(message);
  return known ? message : ui.t('error.crashed', { reason: message });
}

/**
 * An error message may quote what the user or a file gave (an ARTICLE, a field):
 * no escape sequence, control or bidi control from it reaches the terminal. The
 * sanitiser is loaded only on this path; should that fail, controls are dropped alone.
 */
async function messageCleaner(): Promise<(text: string) => string> {
  try {
    return (await import('../output/plain.js')).plainLine;
  } catch {
    return (text) => text.replace(new RegExp(`[${TERMINAL_CONTROL_CHARS}]`, 'g'), '');
  }
}

export function isBrokenPipe(error: unknown): boolean {
  return errorCode(error) === 'EPIPE';
}

// A closed pipe (`qari list | head`) ends quietly with 0; any other failure to
// write (a full disk, /dev/full) is one line and 1, as cp says it: the output is
// incomplete, and a script must know.
process.stdout.on('error', (error) => {
  if (isBrokenPipe(error)) process.exit(0);
  process.stderr.write(`qari: ${said.t('error.cannot-write-output', { reason: translateMessage(reasonOf(error), said) })}\n`);
  process.exit(1);
});

const io: CommandIO = {
  stdout: process.stdout,
  stderr: process.stderr,
  // Made when first read: opening stdin costs about 5 ms, and most commands never read it.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
};
// No top-level await: the CLI is bundled as CommonJS, which Node loads faster than ESM.
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  // Left to the end of the event loop, Node tears the heap down first: 45 ms of the
  // 100 a quit may take at 100,000 articles. Exit at once when both streams are
  // terminals, whose writes are synchronous (POSIX), so nothing is left unwritten; a
  // pipe's writes may still be on their way, and the event loop lets them finish.
  if (process.platform !== 'win32' && process.stdout.isTTY && process.stderr.isTTY) process.exit(code);
});
