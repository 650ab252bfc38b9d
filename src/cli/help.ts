// `qari --help` (in the interface language) and `--version`.
import type { Ui } from '../i18n/index.js';

export const VERSION = 'qari 0.1.0';

export function helpText(ui: Ui): string {
  return `${ui.t('cli.help')}\n`;
}
