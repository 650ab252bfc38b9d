// `qari --help` and `qari COMMAND --help` (in the interface language), and `--version`.
import type { MessageKey, Ui } from '../i18n/index.js';

export const VERSION = 'qari 0.1.0';

const COMMAND_HELP: Readonly<Record<string, MessageKey>> = {
  list: 'cli.help.list',
  cat: 'cli.help.cat',
  import: 'cli.help.import',
  feed: 'cli.help.feed',
  bidi: 'cli.help.bidi',
  related: 'cli.help.related',
  search: 'cli.help.search',
};

/** The whole help, or a command's own: its usage and options, and where the global ones are. */
export function helpText(ui: Ui, command?: string): string {
  const key = command === undefined ? undefined : COMMAND_HELP[command];
  if (key === undefined) return `${ui.t('cli.help')}\n`;
  return `${ui.t(key)}\n\n${ui.t('cli.help.more')}\n`;
}
