import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeReadError } from '../../src/library/describe-error.js';
import { readArticleFile } from '../../src/library/read-file.js';
import { readStateFile } from '../../src/library/state-file.js';
import { reasonOf } from '../../src/library/system-errors.js';
import { runCli } from '../support/run-cli.js';

const systemError = (code: string) => Object.assign(new Error(`${code}: raw libuv words`), { code });

describe('a failed file operation', () => {
  it('says its reason in words, not its errno code', () => {
    expect(reasonOf(systemError('ENOSPC'))).toBe('no space left on device');
    expect(reasonOf(systemError('EROFS'))).toBe('read-only file system');
    expect(reasonOf(systemError('EWHATEVER'))).toBe('EWHATEVER: raw libuv words');
  });

  it('reads the same from a library file, a state file, import and bidi', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qari-errors-'));
    const folder = join(dir, 'folder.md');
    mkdirSync(folder);
    writeFileSync(join(dir, 'state.json'), '{}');
    // A library file that is a folder, and a state file whose path runs through a file.
    expect(() => readArticleFile(folder)).toThrow(/^a folder, not an article file$/);
    await expect(readStateFile(join(dir, 'state.json', 'x'))).rejects.toThrow(`(${reasonOf(systemError('ENOTDIR'))})`);
    const missing = join(dir, 'missing.txt');
    const words = reasonOf(systemError('ENOENT'));
    expect(runCli(['bidi', missing], { input: '' }).stderr).toBe(`qari: cannot read ${missing}: ${words}\n`);
    expect(runCli(['import', missing, '--library', dir], { input: '' }).stderr).toBe(`qari: ${missing}: ${words}\n`);
  });

  it('reading a listed file: a vanished one is no longer there, others say why it cannot be read', () => {
    expect(describeReadError(systemError('ENOENT'))).toMatch(/^no longer there/);
    expect(describeReadError(systemError('EACCES'))).toBe('cannot be read (permission denied)');
    expect(describeReadError(systemError('EIO'))).toBe('cannot be read (input/output error)');
    expect(describeReadError(new Error('front matter has no title\nmore'))).toBe('front matter has no title');
  });
});
