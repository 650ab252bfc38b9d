// The raw material of the synthetic corpus: the blocks of the bundled articles
// (paragraphs, headings, captions, quotes), read from articles/*.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_ID = 'iraq-withdrawal-2024';

/** Splits an article file into its front matter text and its Markdown body. */
export function splitFrontMatter(text) {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  return match ? { frontMatter: match[1], body: text.slice(match[0].length) } : { frontMatter: '', body: text };
}

/** The title from front matter (double-quoted or plain). */
export function frontMatterTitle(frontMatter) {
  const line = frontMatter.split('\n').find((row) => row.startsWith('title:'));
  if (!line) return '';
  const value = line.slice('title:'.length).trim();
  return value.startsWith('"') ? JSON.parse(value) : value;
}

/** Blocks of a Markdown body, each tagged with its kind. */
export function bodyBlocks(body) {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((text) => ({ kind: kindOf(text), text }));
}

function kindOf(text) {
  if (text.startsWith('## ')) return 'heading';
  if (text.startsWith('#')) return 'other-heading';
  if (/^!\[[^\]]*\]\([^)]*\)$/.test(text)) return 'caption';
  if (text.startsWith('>')) return 'quote-part';
  if (/^(\d+\.|[-*]) /.test(text)) return 'list';
  if (text.startsWith('```')) return 'code';
  return 'paragraph';
}

/** Joins a quote's parts (a blank `>` line splits it into two blocks above) back together. */
function joinQuotes(blocks) {
  const out = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind === 'quote-part' && last?.kind === 'quote') last.text += `\n>\n${block.text}`;
    else out.push(block.kind === 'quote-part' ? { kind: 'quote', text: block.text } : block);
  }
  return out;
}

/** Everything the generator draws from. */
export function loadSourceText(articlesDir) {
  const names = readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort();
  const pools = { paragraphs: [], headings: [], captions: [], quotes: [], titles: [], words: [] };
  let seed;
  for (const name of names) {
    const raw = readFileSync(join(articlesDir, name), 'utf8');
    const { frontMatter, body } = splitFrontMatter(raw);
    const blocks = joinQuotes(bodyBlocks(body));
    const title = frontMatterTitle(frontMatter);
    pools.titles.push(title);
    for (const block of blocks) {
      if (block.kind === 'paragraph') pools.paragraphs.push(block.text);
      else if (block.kind === 'heading') pools.headings.push(block.text.slice(3).trim());
      else if (block.kind === 'caption') pools.captions.push(block.text);
      else if (block.kind === 'quote') pools.quotes.push(block.text);
    }
    if (name === `${SEED_ID}.md`) seed = { id: SEED_ID, raw, title, frontMatter, blocks };
  }
  if (!seed) throw new Error(`the seed article ${SEED_ID}.md is not in ${articlesDir}`);
  // Arabic words only (no Latin, digits or punctuation), for titles.
  const words = new Set();
  for (const paragraph of pools.paragraphs) {
    for (const word of paragraph.split(/\s+/)) {
      const clean = word.replace(/[^\u0621-\u064A\u064B-\u0652\u0640]/g, '');
      if (clean.length >= 3) words.add(clean);
    }
  }
  pools.words = [...words];
  return { pools, seed };
}
