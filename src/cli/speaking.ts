// What qari says on stdout and stderr, in the interface's language. Messages
// are made in English wherever they arise (a parser, a file, another command);
// here, on their way out, they are said in the interface's language, and, when
// the stream is a terminal that does not order Arabic itself, laid out by the
// engine so they read right to left there too.
import { parseArgs } from 'node:util';
import { chooseLanguage, createUi, type Ui } from '../i18n/index.js';
import { translateMessage } from '../i18n/translate-message.js';
import { BIDI_CHOICES, chooseBidiMode, type BidiChoice } from '../terminal/detect.js';
import { globalOptions, interfaceOf } from './options.js';
import { terminalSize } from '../terminal/size.js';

/** The interface asked for by ARGV and the environment; a bad --lang falls back to the environment's (the command then says so). */
export function interfaceFromArgv(argv: string[], env: NodeJS.ProcessEnv): Ui {
  const { values } = parseArgs({ args: argv, options: globalOptions, allowPositionals: true, strict: false });
  try {
    return interfaceOf(values, env);
  } catch {
    return createUi({ language: chooseLanguage(undefined, env) });
  }
}

type Layout = (line: string, width: number) => string;

/**
 * The stream, with each line it is given said in the interface's language:
 * "qari: <message>" lines are translated; on a terminal where qari orders the
 * text (app mode), an Arabic interface's lines are written in visual order.
 */
export async function speaking<T extends NodeJS.WriteStream>(stream: T, ui: Ui, argv: string[], env: NodeJS.ProcessEnv): Promise<T> {
  if (ui.language === 'en') return stream;
  const layout = stream.isTTY && visualOn(argv, env) ? await engineLayout() : undefined;
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const said = (chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? sayLines(chunk, ui, layout, terminalSize(stream).columns) : chunk, ...rest);
  return new Proxy(stream, {
    get(target, property) {
      if (property === 'write') return said;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function sayLines(text: string, ui: Ui, layout: Layout | undefined, width: number): string {
  return text
    .split('\n')
    .map((line, index, lines) => {
      if (line === '' && index === lines.length - 1) return line;
      // A progress line starts by going back over the last one.
      const prefix = /^(?:\r\u001b\[K)?qari: /.exec(line)?.[0] ?? '';
      const said = prefix + translateMessage(line.slice(prefix.length), ui);
      return layout ? layout(said, width) : said;
    })
    .join('\n');
}

function visualOn(argv: string[], env: NodeJS.ProcessEnv): boolean {
  const { values } = parseArgs({ args: argv, options: globalOptions, allowPositionals: true, strict: false });
  const choice = String(values.bidi ?? env.QARI_BIDI ?? 'auto');
  // Only where the terminal shows cells as written; one that reorders (or kitty) gets logical lines.
  return (BIDI_CHOICES as readonly string[]).includes(choice) && chooseBidiMode(choice as BidiChoice, env) === 'app';
}

/** The engine is loaded only for an Arabic interface on a terminal. */
async function engineLayout(): Promise<Layout> {
  const { layoutParagraph } = await import('../text/index.js');
  return (line, width) =>
    layoutParagraph(line, { width, dir: 'rtl', visual: true, pad: true })
      .map((visual) => visual.text)
      .join('\n');
}
