// `qari related ARTICLE [--json]`: related entries, backlinks and similar articles, for scripts.
import { summariesOf } from '../../library/entry.js';
import { relatedItems } from '../../library/related-list.js';
import { termsIndex } from '../../library/terms-index.js';
import { plainLine } from '../../output/plain.js';
import { safeJson } from '../../output/json.js';
import { UsageError } from '../errors.js';
import { writeOut, type Command } from '../io.js';
import { globalSettings, parseCommandArgs } from '../options.js';
import { openLibrary, requireArticle } from '../library.js';

export const related: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  const query = positionals[0];
  if (query === undefined || positionals.length > 1) throw new UsageError('related needs one ARTICLE');
  const library = await openLibrary(globalSettings(values, io.env), io);
  const article = await requireArticle(library, query, io.cwd, io);
  const summaries = summariesOf(library);
  const summary = summaries.find((candidate) => candidate.id === article.id) ?? { ...article, sections: article.sections.map((section) => section.heading) };
  const items = relatedItems(summary, summaries, await termsIndex(library, io.env));
  if (values.json) {
    await writeOut(io, `${safeJson(items)}\n`);
  } else {
    await writeOut(io, items.map((item) => `${item.kind}\t${item.id ?? '-'}\t${item.date ?? '-'}\t${plainLine(item.title)}\n`).join(''));
  }
  return 0;
};
