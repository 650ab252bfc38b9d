// Libraries made for a test: the bundled articles copied, or articles written
// from a title and a body, each in its own folder with its own cache folder.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ARTICLES } from './run-cli.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `qari-${prefix}-`));
}

/** A copy of the bundled articles, to add to or change. */
export function copyOfBundled(): string {
  const dir = tempDir('lib');
  cpSync(ARTICLES, dir, { recursive: true });
  return dir;
}

export function articleText(title: string, body = 'body', extra = ''): string {
  return `---\ntitle: ${title}\n${extra}---\n${body}\n`;
}

/** Writes `name.md` (name may hold sub-folders) and returns its path. */
export function writeFile(dir: string, name: string, text: string): string {
  const path = join(dir, `${name}.md`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
