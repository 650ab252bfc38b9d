import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryPath, temporaryPatternOf, writeFileAtomic, writeFileAtomicSync } from '../../src/library/atomic-write.js';
import { ARTICLE_TEMP, removeStaleTemps } from '../../src/library/stale-temps.js';

const folder = () => mkdtempSync(join(tmpdir(), 'qari-atomic-'));

describe('an atomic write', () => {
  it('replaces the file whole and leaves nothing beside it', async () => {
    const dir = folder();
    const file = join(dir, 'state.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    writeFileAtomicSync(join(dir, 'positions.json'), '{}');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['positions.json', 'state.json']);
  });

  it('many writes of one file at once each use their own temporary file: the last one wins whole', async () => {
    const dir = folder();
    const file = join(dir, 'unread.json');
    const texts = Array.from({ length: 20 }, (_, index) => `${index}`.repeat(10_000));
    await Promise.all(texts.map((text) => writeFileAtomic(file, text)));
    expect(texts).toContain(readFileSync(file, 'utf8'));
    expect(readdirSync(dir)).toEqual(['unread.json']);
  });

  it('that fails removes its temporary file and leaves the old file as it was', async () => {
    const dir = folder();
    const file = join(dir, 'kept.json');
    writeFileSync(file, 'old');
    await expect(writeFileAtomic(file, 'new', async () => Promise.reject(new Error('placing failed')))).rejects.toThrow('placing failed');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['kept.json']);
  });

  it('names its temporary file so the stale-file cleaning finds it, and only its own file’s', () => {
    const dir = folder();
    const article = temporaryPath(join(dir, 'gamma.md'));
    const positions = temporaryPath(join(dir, 'positions.json'));
    expect(ARTICLE_TEMP.test(basename(article))).toBe(true);
    expect(ARTICLE_TEMP.test(basename(positions))).toBe(false);
    expect(temporaryPatternOf('positions.json').exec(basename(positions))?.[1]).toBe(String(process.pid));
    expect(temporaryPatternOf('positions.json').test(basename(article))).toBe(false);
    // A dead writer's leftover goes; the name of a live one (this process) stays.
    mkdirSync(join(dir, 'sub'));
    const dead = '.positions.json.999999999.0a1b2c3d4e5f.tmp';
    const old = new Date(Date.now() - 3_600_000);
    for (const name of [dead, basename(positions)]) {
      writeFileSync(join(dir, name), '{');
      utimesSync(join(dir, name), old, old);
    }
    removeStaleTemps(dir, readdirSync(dir), temporaryPatternOf('positions.json'));
    expect(readdirSync(dir).sort()).toEqual([basename(positions), 'sub'].sort());
  });
});
