// Builds the deterministic synthetic corpus of the bench in a folder:
//   lib10k/      10,000 articles (valid front matter; titles, dates and sections
//                drawn by a seeded PRNG from the bundled articles' text; some
//                `related` entries by id, by title, by a variant spelling of a
//                title, and some that resolve to nothing)
//   seedlib/     the seed alone
//   biglib/      one 5 MB article: the seed's blocks repeated across many `##` sections
//   arabic-18mb.txt   the seed's paragraphs, one a line, repeated to 18 MiB
// Same seed, same bytes: the report prints a hash of everything written.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './prng.mjs';
import { loadSourceText, SEED_ID } from './source-text.mjs';

export const LIBRARY_SIZE = 10_000;
export const BIG_BYTES = 5 * 1024 * 1024;
export const LINES_BYTES = 18 * 1024 * 1024;
export const BIG_ID = 'long-read-5mb';
export const BIG_TITLE = 'ملف موسّع: الانسحاب الأمريكي من العراق وتحديات داعش';
const PRNG_SEED = 20240131;
const SOURCES = ['حفريات', 'قارئ', 'الأرشيف', 'مراسلون', null];
const AUTHORS = ['فريق التحرير', 'مراسل بغداد', 'قسم الدراسات', null, null, null];

/** Writes the corpus under `dir` and says where everything is. */
export function buildCorpus(dir, articlesDir) {
  const { pools, seed } = loadSourceText(articlesDir);
  const hash = createHash('sha256');
  const write = (path, text) => {
    hash.update(path.slice(dir.length)).update('\0').update(text);
    writeFileSync(path, text);
  };
  const corpus = {
    dir,
    lib10k: join(dir, 'lib10k'),
    seedlib: join(dir, 'seedlib'),
    biglib: join(dir, 'biglib'),
    linesFile: join(dir, 'arabic-18mb.txt'),
    seedId: SEED_ID,
    seedTitle: seed.title,
    bigId: BIG_ID,
    bigTitle: BIG_TITLE,
  };
  for (const folder of [corpus.lib10k, corpus.seedlib, corpus.biglib]) mkdirSync(folder, { recursive: true });

  const library = planLibrary(pools, createRandom(PRNG_SEED));
  for (const article of library) write(join(corpus.lib10k, `${article.id}.md`), renderArticle(article));
  corpus.libraryIds = library.map((article) => article.id);
  corpus.relatedProbeId = library.find((article) => article.related.length >= 3)?.id ?? library[0].id;

  write(join(corpus.seedlib, `${SEED_ID}.md`), seed.raw);
  const big = bigArticle(seed);
  write(join(corpus.biglib, `${BIG_ID}.md`), big);
  write(corpus.linesFile, arabicLines(seed));
  corpus.bigBytes = Buffer.byteLength(big);
  corpus.hash = hash.digest('hex').slice(0, 16);
  return corpus;
}

/** Every article's front matter and blocks, before any is written (related entries need the titles). */
function planLibrary(pools, random) {
  const titles = new Set();
  const articles = [];
  for (let index = 0; index < LIBRARY_SIZE; index++) {
    let title;
    do title = makeTitle(pools, random);
    while (titles.has(loose(title)));
    titles.add(loose(title));
    articles.push({
      id: `bench-${String(index).padStart(5, '0')}`,
      title,
      date: randomDate(random),
      dir: random.chance(0.9) ? 'rtl' : undefined,
      source: random.pick(SOURCES),
      author: random.pick(AUTHORS),
      tags: random.chance(0.02) ? [random.pick(pools.words), random.pick(pools.words)] : undefined,
      body: makeBody(pools, random),
      related: [],
    });
  }
  for (const article of articles) {
    if (!random.chance(0.35)) continue;
    const count = random.int(1, 4);
    for (let n = 0; n < count; n++) article.related.push(relatedEntry(articles, random, pools));
  }
  return articles;
}

function relatedEntry(articles, random, pools) {
  const other = random.pick(articles);
  const roll = random.next();
  if (roll < 0.45) return other.id;
  if (roll < 0.8) return other.title;
  if (roll < 0.9) return variantSpelling(other.title);
  return `${random.pick(pools.words)} ${random.pick(pools.words)} ${random.pick(pools.words)}: مقال ليس في المكتبة`;
}

/** The same title as a reader might type it: no harakat, bare alef, ه for ة. */
function variantSpelling(title) {
  return title.replace(/[\u064B-\u0652]/g, '').replace(/[أإآ]/g, 'ا').replace(/ة(?=\s|$)/g, 'ه');
}

function loose(title) {
  return variantSpelling(title).replace(/[^\u0621-\u064A0-9]+/g, ' ').trim();
}

function makeTitle(pools, random) {
  const words = (count) => Array.from({ length: count }, () => random.pick(pools.words)).join(' ');
  switch (random.int(0, 3)) {
    case 0:
      return `${words(random.int(4, 8))}؟`;
    case 1:
      return `${words(random.int(2, 3))}: ${words(random.int(3, 6))}`;
    case 2:
      return `${words(random.int(3, 5))}... ${words(random.int(2, 5))}`;
    default:
      return words(random.int(4, 9));
  }
}

function randomDate(random) {
  const start = Date.UTC(2015, 0, 1);
  const days = Math.floor((Date.UTC(2025, 11, 31) - start) / 86_400_000);
  return new Date(start + random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

function makeBody(pools, random) {
  const blocks = [];
  const lead = random.int(1, 3);
  for (let n = 0; n < lead; n++) blocks.push(random.pick(pools.paragraphs));
  const sections = random.int(0, 5);
  for (let s = 0; s < sections; s++) {
    blocks.push(`## ${random.pick(pools.headings)}`);
    const count = random.int(1, 4);
    for (let n = 0; n < count; n++) {
      const roll = random.next();
      if (roll < 0.08 && pools.captions.length) blocks.push(random.pick(pools.captions));
      else if (roll < 0.14 && pools.quotes.length) blocks.push(random.pick(pools.quotes));
      else blocks.push(random.pick(pools.paragraphs));
    }
  }
  return blocks;
}

/** A YAML scalar as qari writes it: plain when that reads back as the same string, else double-quoted. */
function yamlScalar(text) {
  const plain = !/^(?:[-?:,[\]{}#&*!|>'"%@`]|[+.\d]|~$|(?:true|false|null|yes|no|on|off)$)|: |:$|\s#|[\t\\]/i.test(text);
  return plain ? text : JSON.stringify(text);
}

function renderArticle(article) {
  const lines = ['---', `title: ${yamlScalar(article.title)}`, `date: ${article.date}`, 'lang: ar'];
  if (article.dir) lines.push(`dir: ${article.dir}`);
  if (article.source) lines.push(`source: ${yamlScalar(article.source)}`);
  if (article.author) lines.push(`author: ${yamlScalar(article.author)}`);
  if (article.tags) lines.push(`tags: [${article.tags.join(', ')}]`);
  if (article.related.length) {
    lines.push('related:');
    for (const entry of article.related) lines.push(`  - ${yamlScalar(entry)}`);
  }
  lines.push('---', '');
  return `${lines.join('\n')}\n${article.body.join('\n\n')}\n`;
}

/** The seed's blocks again and again, each round a run of `##` sections, to 5 MiB. */
function bigArticle(seed) {
  const head = ['---', `title: ${yamlScalar(BIG_TITLE)}`, 'date: 2024-02-01', 'lang: ar', 'dir: rtl', `source: ${yamlScalar('حفريات')}`, '---', ''].join('\n');
  const parts = [head];
  let size = Buffer.byteLength(head);
  let round = 0;
  while (size < BIG_BYTES) {
    round++;
    for (const block of seed.blocks) {
      const text = block.kind === 'heading' ? `## ${block.text.slice(3).trim()} (${round})` : block.text;
      parts.push(`${text}\n\n`);
      size += Buffer.byteLength(text) + 2;
    }
    // Each round's lead becomes a section of its own.
    const heading = `## الجزء ${round}\n\n`;
    parts.push(heading);
    size += Buffer.byteLength(heading);
  }
  return parts.join('');
}

/** The seed's paragraphs, one a line, repeated to 18 MiB. */
function arabicLines(seed) {
  const paragraphs = seed.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text.replace(/\s*\n\s*/g, ' '));
  const chunk = `${paragraphs.join('\n')}\n`;
  const chunkBytes = Buffer.byteLength(chunk);
  const copies = Math.ceil(LINES_BYTES / chunkBytes);
  return chunk.repeat(copies);
}
