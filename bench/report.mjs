// The one table of the bench (and its JSON form).

const STATUS = { pass: 'pass', fail: 'FAIL', skip: 'skipped', 'not built': 'not built', error: 'ERROR', info: 'info' };

function figure(value, unit) {
  if (value === null || value === undefined) return '—';
  if (!Number.isFinite(value)) return '∞';
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

export function tableRows(rows) {
  return rows.map((row) => ({
    what: row.what,
    measured: figure(row.measured, row.unit),
    baseline: row.baseline === null || row.baseline === undefined ? '—' : `${figure(row.baseline, row.unit)} (${row.baselineWhat})`,
    ratio: row.ratio === null || row.ratio === undefined || !Number.isFinite(row.ratio) ? '—' : `${row.ratio.toFixed(2)}×`,
    budget: row.budget,
    result: STATUS[row.status] ?? row.status,
  }));
}

const HEADERS = { what: 'what', measured: 'measured', baseline: 'baseline', ratio: 'ratio', budget: 'budget', result: 'result' };

/** A plain-text table for the terminal. */
export function textTable(rows) {
  const cells = [HEADERS, ...tableRows(rows)];
  const keys = Object.keys(HEADERS);
  const widths = keys.map((key) => Math.max(...cells.map((cell) => [...cell[key]].length)));
  const line = (cell) => keys.map((key, index) => cell[key] + ' '.repeat(widths[index] - [...cell[key]].length)).join('  ').trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(HEADERS), rule, ...cells.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for BENCHMARKS.md. */
export function markdownTable(rows) {
  const keys = Object.keys(HEADERS);
  const escape = (text) => text.replace(/\|/g, '\\|');
  return [
    `| ${keys.map((key) => HEADERS[key]).join(' | ')} |`,
    `|${keys.map(() => '---').join('|')}|`,
    ...tableRows(rows).map((cell) => `| ${keys.map((key) => escape(cell[key])).join(' | ')} |`),
  ].join('\n');
}

export function notes(rows) {
  return rows.filter((row) => row.note).map((row) => `- ${row.what}: ${row.note}`);
}

export function textReport({ rows, machine, corpus, command, elapsedMs, profiles }) {
  const out = [];
  out.push(`qari bench · ${machine.date} · ${command}`);
  out.push(`machine: ${machine.nproc} cores (${machine.cpu}), memory ${machine.memory}, ${machine.os}, node ${machine.node}, ${machine.tmux}, ${machine.fribidi}, commit ${machine.commit}`);
  out.push(`${machine.load}`);
  out.push(`corpus: ${corpus.summary}`);
  out.push('');
  out.push(textTable(rows));
  const lines = notes(rows);
  if (lines.length) out.push('', 'notes:', ...lines);
  for (const profile of profiles) out.push('', profile.text);
  const misses = rows.filter((row) => row.status === 'fail' || row.status === 'error').length;
  out.push('', `${rows.filter((row) => row.status === 'pass').length} pass, ${misses} miss or error, in ${(elapsedMs / 1000).toFixed(0)} s`);
  return out.join('\n');
}

export function jsonReport({ rows, machine, corpus, command, elapsedMs, profiles }) {
  const clean = rows.map(({ measure, profile, ...row }) => ({
    ...row,
    measured: row.measured ?? null,
    baseline: row.baseline ?? null,
    ratio: row.ratio ?? null,
    pass: row.status === 'pass' ? true : row.status === 'fail' ? false : null,
  }));
  return JSON.stringify({ command, machine, corpus: { hash: corpus.hash, summary: corpus.summary }, elapsedMs, rows: clean, profiles }, (key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2);
}

/** The report in Markdown: what BENCHMARKS.md starts from. */
export function markdownReport({ rows, machine, corpus, command, elapsedMs, profiles }) {
  const out = [];
  out.push(`Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC with \`${command}\` (after \`npm run build\`), in ${(elapsedMs / 1000).toFixed(0)} s.`);
  out.push('');
  out.push(`- machine: ${machine.nproc} cores (\`nproc\`), ${machine.cpu}; memory (\`free -h\`): ${machine.memory}; ${machine.os}`);
  out.push(`- node ${machine.node}, ${machine.tmux}, ${machine.fribidi}; qari at commit ${machine.commit}`);
  out.push(`- ${machine.load}`);
  out.push(`- corpus: ${corpus.summary}`);
  out.push('');
  out.push(markdownTable(rows));
  const lines = notes(rows);
  if (lines.length) out.push('', ...lines);
  for (const profile of profiles) out.push('', '```', profile.text, '```');
  return out.join('\n');
}
