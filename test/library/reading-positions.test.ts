import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positionsFile, readPositions, writePositions } from '../../src/library/reading-positions.js';

const fresh = () => positionsFile({ XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'qari-state-')) });

describe('reading positions', () => {
  it('are written atomically to the XDG state directory and read back', async () => {
    const file = fresh();
    writePositions(file, new Map([['seed', { unit: 12, offset: 40 }]]));
    expect(file).toMatch(/qari\/positions\.json$/);
    expect(readdirSync(dirname(file))).toEqual(['positions.json']);
    const warnings: string[] = [];
    expect(await readPositions(file, (message) => warnings.push(message))).toEqual(new Map([['seed', { unit: 12, offset: 40 }]]));
    expect(warnings).toEqual([]);
  });

  it('start afresh with one warning when the file is corrupt, and drop entries that are not positions', async () => {
    const file = fresh();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{"a": {"unit": 1, "offset": 2}, "b": "nonsense", "c": {"unit": -1, "offset": 0}}');
    expect([...(await readPositions(file, () => undefined)).keys()]).toEqual(['a']);
    writeFileSync(file, '{not json');
    const warnings: string[] = [];
    expect((await readPositions(file, (message) => warnings.push(message))).size).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/corrupt/);
  });

  it('a missing file is no warning', async () => {
    const warnings: string[] = [];
    await readPositions(fresh(), (message) => warnings.push(message));
    expect(warnings).toEqual([]);
  });

  it('an unwritable folder throws (the reader turns it into one warning) and leaves the old file whole', () => {
    const file = fresh();
    writePositions(file, new Map([['kept', { unit: 1, offset: 0 }]]));
    // A folder in the way of the temp file: rename-over cannot happen, whoever runs the test.
    mkdirSync(`${file}.${process.pid}.tmp`);
    expect(() => writePositions(file, new Map([['new', { unit: 2, offset: 0 }]]))).toThrow();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ kept: { unit: 1, offset: 0 } });
    chmodSync(dirname(file), 0o755);
  });
});
