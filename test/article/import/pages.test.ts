// Whole pages written for the project in the shapes scraped pages come in (a blog, a
// Gulf daily, an encyclopedia article with an infobox, an Egyptian news page with tags
// and comments, a Maghrebi site with readers' comments, an opinion column with the
// writer's bio), each with the roles a reader gives its lines in pages/expected.json,
// the format `npm run eval:import` reads.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText, type Role } from '../../../src/article/import/index.js';
import { fixturePath } from './helpers.js';

interface Expected {
  title: string;
  date: string | null;
  author: string | null;
  roles: Record<string, string[]>;
}

const CODE: Record<Role, string> = {
  title: 'T', 'title-repeat': 'TR', date: 'D', author: 'A', source: 'S', heading: 'H', paragraph: 'P', caption: 'C', quote: 'Q',
  attribution: 'AT', 'list-item': 'L', code: 'P', 'related-marker': 'RM', 'related-item': 'RI', boilerplate: 'B', blank: '', 'quote-separator': '',
};

const DIR = fixturePath('pages/');
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as Record<string, Expected>;
const pages = readdirSync(DIR).filter((file) => file.endsWith('.txt')).map((file) => file.replace(/\.txt$/, ''));

describe.each(pages)('the %s page', (name) => {
  const want = expected[name];
  const { article, lines } = importText(readFileSync(`${DIR}${name}.txt`, 'utf8'));

  it('has its reader\'s roles in expected.json', () => {
    expect(want).toBeDefined();
  });

  it('gets its title, date and author right', () => {
    expect({ title: article.title, date: article.date, author: article.author }).toEqual({ title: want?.title, date: want?.date, author: want?.author });
  });

  it('misreads at most one line in ten, and drops no line a reader keeps', () => {
    const read = lines.filter((line) => line.text !== '');
    const wrong = read.filter((line) => !(want?.roles[String(line.number)] ?? ['P']).includes(CODE[line.role]));
    expect(wrong.length * 10).toBeLessThanOrEqual(read.length);
    const lost = wrong.filter((line) => ['B', 'TR', 'RM'].includes(CODE[line.role]));
    expect(lost.map((line) => line.number)).toEqual([]);
  });
});
