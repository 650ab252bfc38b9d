import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positionsFile, readPositionsFile, writePositions } from '../../src/library/reading-positions.js';
import { PositionStore } from '../../src/library/position-store.js';

const fresh = () => positionsFile({ XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'qari-state-')) });
const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

function store(file: string): { store: PositionStore; warnings: string[] } {
  const warnings: string[] = [];
  return { store: new PositionStore(file, (message) => warnings.push(message)), warnings };
}

describe('reading positions', () => {
  it('are written atomically to the XDG state directory and read back', () => {
    const file = fresh();
    writePositions(file, new Map([['seed', { unit: 12, offset: 40 }]]));
    expect(file).toMatch(/qari\/positions\.json$/);
    expect(readdirSync(dirname(file))).toEqual(['positions.json']);
    expect(readPositionsFile(file)).toEqual({ kind: 'read', positions: new Map([['seed', { unit: 12, offset: 40 }]]) });
  });

  it('drop entries that are not positions; a missing file is no warning', () => {
    const file = fresh();
    expect(store(file).warnings).toEqual([]);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{"a": {"unit": 1, "offset": 2}, "b": "nonsense", "c": {"unit": -1, "offset": 0}}');
    const { store: positions, warnings } = store(file);
    expect([positions.get('a'), positions.get('b'), positions.get('c')]).toEqual([{ unit: 1, offset: 2 }, undefined, undefined]);
    expect(warnings).toEqual([]);
  });

  it('two readers at once keep each other’s positions, whoever saves last', () => {
    const file = fresh();
    writePositions(file, new Map([['old', { unit: 1, offset: 0 }]]));
    const first = store(file).store;
    const second = store(file).store;
    first.set('a', { unit: 5, offset: 0 });
    second.set('b', { unit: 7, offset: 3 });
    first.save();
    second.save();
    first.set('a', { unit: 6, offset: 0 });
    first.save();
    expect(onDisk(file)).toEqual({ old: { unit: 1, offset: 0 }, a: { unit: 6, offset: 0 }, b: { unit: 7, offset: 3 } });
  });

  it('are saved soon after a move, not only at the end', async () => {
    const file = fresh();
    const { store: positions } = store(file);
    positions.set('a', { unit: 3, offset: 0 });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(onDisk(file)).toEqual({ a: { unit: 3, offset: 0 } });
  });

  it('a corrupt file is kept beside, with one warning; positions start afresh', () => {
    const file = fresh();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{not json');
    const { store: positions, warnings } = store(file);
    expect(warnings).toEqual([`${file} is corrupt (kept as ${file}.corrupt); reading positions start afresh`]);
    expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('{not json');
    positions.set('a', { unit: 1, offset: 0 });
    positions.save();
    expect(onDisk(file)).toEqual({ a: { unit: 1, offset: 0 } });
  });

  it('a file that cannot be read (a folder, a FIFO) is never replaced', () => {
    for (const make of [(path: string) => mkdirSync(path), (path: string) => execFileSync('mkfifo', [path])]) {
      const file = fresh();
      mkdirSync(dirname(file), { recursive: true });
      make(file);
      const { store: positions, warnings } = store(file);
      positions.set('a', { unit: 1, offset: 0 });
      positions.save();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^cannot read .*positions\.json \((is a folder|not a regular file)\); reading positions are not restored or remembered$/);
      expect(readdirSync(dirname(file))).toEqual(['positions.json']);
    }
  });

  it('a write that fails says why, once, and leaves the old file whole', () => {
    // A name that fits while its temporary file's longer name does not: the write
    // fails before the rename, whoever runs the test (root included).
    const file = join(dirname(fresh()), `${'p'.repeat(240)}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ kept: { unit: 1, offset: 0 } }));
    const { store: positions, warnings } = store(file);
    positions.set('new', { unit: 2, offset: 0 });
    positions.save();
    positions.set('new', { unit: 3, offset: 0 });
    positions.save();
    expect(warnings).toEqual([`cannot write ${file} (file name too long); reading positions are not remembered`]);
    expect(onDisk(file)).toEqual({ kept: { unit: 1, offset: 0 } });
    expect(readdirSync(dirname(file))).toEqual([basename(file)]);
  });

  it('temp files of a killed qari are removed on the next run; a live one’s are kept', () => {
    const file = fresh();
    mkdirSync(dirname(file), { recursive: true });
    const dead = join(dirname(file), '.positions.json.999999999.0a1b2c3d4e5f.tmp');
    const live = join(dirname(file), `.positions.json.${process.ppid}.0a1b2c3d4e5f.tmp`);
    for (const temp of [dead, live]) {
      writeFileSync(temp, '{"half": ');
      utimesSync(temp, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    }
    store(file);
    expect(readdirSync(dirname(file)).sort()).toEqual([live.slice(dirname(file).length + 1)]);
  });
});
