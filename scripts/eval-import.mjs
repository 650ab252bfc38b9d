// `npm run eval:import -- DIR [--verbose] [--json]`: scores the raw-text importer on a
// folder of scraped pages against DIR/expected.json, and prints how far it is from a
// reader's judgement: line roles misread (by kind), header fields right, words lost.
//
// expected.json: { "<file name without .txt>": { title, date, author, roles: { "<line>": [codes] } } }
// Codes: T title, TR title repeat, D date, A author, S source, H heading, P paragraph,
// C caption, Q quote, AT attribution, L list item, RM related-list marker, RI related
// item, B boilerplate. A line may accept several codes; a line not listed is a
// paragraph (or blank). Not part of `npm test`: it measures, it does not pass or fail.
//
// The importer is bundled from src/ on the fly (esbuild, in memory), so the figures are
// those of the working tree, built or not.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const CODE_OF_ROLE = {
  title: 'T',
  'title-repeat': 'TR',
  date: 'D',
  author: 'A',
  source: 'S',
  heading: 'H',
  paragraph: 'P',
  caption: 'C',
  quote: 'Q',
  attribution: 'AT',
  'list-item': 'L',
  code: 'P',
  'related-marker': 'RM',
  'related-item': 'RI',
  boilerplate: 'B',
  blank: 'blank',
  'quote-separator': 'blank',
};

/** Codes whose lines the article does not keep. */
const DROPPED = new Set(['B', 'TR', 'RM', 'blank']);

function usage(message) {
  process.stderr.write(`${message}\nusage: npm run eval:import -- DIR [--verbose] [--json]\n`);
  process.exit(2);
}

async function loadImporter() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/article/import/index.ts'],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function words(text) {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The same text for a reader: NFC, spaces folded, ends trimmed. */
function same(a, b) {
  const norm = (text) => (text ?? '').normalize('NFC').replace(/[\s\u00A0]+/g, ' ').trim();
  return a === null || b === null || a === undefined || b === undefined ? (a ?? null) === (b ?? null) : norm(a) === norm(b);
}

function scoreFile(importer, name, raw, expected) {
  let lines;
  let article = null;
  let failure = '';
  try {
    ({ lines, article } = importer.importText(raw));
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    lines = importer.classifyText(raw);
  }
  const roles = expected.roles ?? {};
  const errors = [];
  let counted = 0;
  let lost = 0;
  let junk = 0;
  for (const line of lines) {
    const listed = roles[String(line.number)];
    const got = CODE_OF_ROLE[line.role] ?? line.role;
    if (line.text === '' && !listed) continue;
    counted++;
    const accepted = listed ?? ['P'];
    const right = accepted.includes(got) || (got === 'blank' && accepted.includes('B'));
    if (!right) errors.push({ line: line.number, expected: accepted.join('/'), got, role: line.role, reason: line.reason, text: line.text });
    const shouldKeep = accepted.some((code) => !DROPPED.has(code));
    const shouldDrop = accepted.every((code) => DROPPED.has(code) || code === 'RI');
    if (!right && shouldKeep && DROPPED.has(got)) lost += words(line.text);
    if (shouldDrop && !DROPPED.has(got) && got !== 'RI' && !(accepted.includes(got))) junk += words(line.text);
  }
  const header = {
    title: { expected: expected.title ?? null, got: article?.title ?? null },
    date: { expected: expected.date ?? null, got: article?.date ?? null },
    author: { expected: expected.author ?? null, got: article?.author ?? null },
  };
  for (const field of Object.values(header)) field.right = same(field.expected, field.got);
  return { name, counted, errors, lost, junk, header, failure };
}

function pct(part, whole) {
  return whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1);
}

function report(results, verbose) {
  const out = [];
  let counted = 0;
  let misread = 0;
  let lost = 0;
  let junk = 0;
  const kinds = new Map();
  const fields = { title: [0, 0], date: [0, 0], author: [0, 0] };
  for (const result of results) {
    counted += result.counted;
    misread += result.errors.length;
    lost += result.lost;
    junk += result.junk;
    for (const error of result.errors) {
      const kind = `${error.expected} read as ${error.got}`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const marks = Object.entries(result.header)
      .map(([field, value]) => `${field} ${value.right ? 'ok' : 'WRONG'}`)
      .join(', ');
    for (const [field, value] of Object.entries(result.header)) {
      fields[field][1]++;
      if (value.right) fields[field][0]++;
    }
    out.push(
      `${result.name}: ${result.errors.length}/${result.counted} lines misread (${pct(result.errors.length, result.counted)}%), ${marks}, ${result.lost} words lost, ${result.junk} words of page furniture kept${result.failure ? `, import failed: ${result.failure}` : ''}`,
    );
    for (const [field, value] of Object.entries(result.header)) {
      if (!value.right) out.push(`    ${field}: expected ${JSON.stringify(value.expected)}, got ${JSON.stringify(value.got)}`);
    }
    if (verbose) {
      for (const error of result.errors) {
        out.push(`    line ${error.line}: expected ${error.expected}, got ${error.got} (${error.reason}) | ${error.text.slice(0, 80)}`);
      }
    }
  }
  out.push('');
  out.push(`lines misread: ${misread} of ${counted} (${pct(misread, counted)}%)`);
  for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`    ${String(count).padStart(4)}  ${kind}`);
  out.push(`header fields right: title ${fields.title[0]}/${fields.title[1]}, date ${fields.date[0]}/${fields.date[1]}, author ${fields.author[0]}/${fields.author[1]}`);
  out.push(`words lost: ${lost}`);
  out.push(`words of page furniture kept in the article: ${junk}`);
  return `${out.join('\n')}\n`;
}

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const json = args.includes('--json');
  const dirs = args.filter((arg) => !arg.startsWith('-'));
  if (dirs.length !== 1) usage('eval:import needs one folder');
  const dir = resolve(dirs[0]);
  let expected;
  try {
    expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  } catch (error) {
    usage(`cannot read ${join(dir, 'expected.json')}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt') && Object.hasOwn(expected, basename(file, '.txt')))
    .sort();
  if (files.length === 0) usage(`no .txt file in ${dir} has an entry in expected.json`);
  const importer = await loadImporter();
  const results = files.map((file) => scoreFile(importer, basename(file, '.txt'), importer.decodeInput(readFileSync(join(dir, file)), file), expected[basename(file, '.txt')]));
  process.stdout.write(json ? `${JSON.stringify(results, null, 1)}\n` : report(results, verbose));
}

await main();
