// `qari cat ARTICLE [--format text|markdown|json] [--section N] [--width N] [--visual]`.
import { serializeArticle } from '../../article/serialize.js';
import { articlesOf } from '../../library/entry.js';
import { articleLookup, resolveRelated } from '../../library/resolve-related.js';
import { articleJson } from '../../output/json.js';
import { articleText } from '../../output/text.js';
import { logicalWrapper, visualArticle } from '../../output/visual.js';
import { UsageError } from '../errors.js';
import { writeOut, type Command } from '../io.js';
import { globalSettings, integerOption, MAX_WIDTH, parseCommandArgs } from '../options.js';
import { bidiModeFor } from '../bidi-mode.js';
import { startScreenOutput } from '../screen-output.js';
import { openLibrary, requireArticle } from '../library.js';
import { terminalSize } from '../../terminal/size.js';

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const cat: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string', short: 'f' },
    section: { type: 'string', short: 's' },
    width: { type: 'string', short: 'w' },
    visual: { type: 'boolean' },
  });
  const query = positionals[0];
  if (query === undefined) throw new UsageError({ key: 'error.cat-needs' });
  if (positionals.length > 1) throw new UsageError({ key: 'error.cat-one', params: { count: positionals.length } });
  const format = checkFormat(values.format);
  const section = integerOption('section', values.section);
  const width = integerOption('width', values.width, 0, MAX_WIDTH);
  if (values.visual && format !== 'text') throw new UsageError({ key: 'error.visual-text' });

  const settings = globalSettings(values, io.env);
  const library = await openLibrary(settings, io);
  const article = await requireArticle(library, query, io.cwd, io);
  if (section !== undefined && section > article.sections.length) {
    throw new UsageError({ key: 'error.section-range', params: { section, n: article.sections.length } });
  }
  const related = resolveRelated(article, articleLookup(articlesOf(library)));
  const screen = startScreenOutput(io, bidiModeFor(settings, io.env), Boolean(values.visual), settings.ui);
  try {
    await writeOut(io, screen.encode(render(format)));
  } finally {
    screen.end();
  }
  return 0;

  function render(chosen: Format): string {
    if (chosen === 'json') return articleJson(article, related);
    if (chosen === 'markdown') return serializeArticle(article);
    if (values.visual) return visualArticle(article, related, { width: width ?? terminalSize(io.stdout).columns - screen.reserved, section });
    return articleText(article, related, { section, wrap: width ? logicalWrapper(width, article.dir) : undefined });
  }
};

function checkFormat(value: string | boolean | undefined): Format {
  const format = value === undefined ? 'text' : String(value);
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError({ key: 'error.format', params: { value: format } });
  return format as Format;
}
