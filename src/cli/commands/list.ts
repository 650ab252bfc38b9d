// `qari list [--json]`: one article a line (id, date, title, sections, related).
import { summariesOf } from '../../library/entry.js';
import { articleLookup, resolveRelated } from '../../library/resolve-related.js';
import { listJson, listLines } from '../../output/list.js';
import { writeOut, type Command } from '../io.js';
import { globalSettings, parseCommandArgs } from '../options.js';
import { UsageError } from '../errors.js';
import { openLibrary, reportBroken } from '../library.js';

export const list: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`list takes no ARTICLE (got "${positionals[0]}")`);
  const library = await openLibrary(globalSettings(values, io.env), io);
  reportBroken(library, io);
  const summaries = summariesOf(library);
  const lookup = articleLookup(summaries);
  const rows = summaries.map((article) => ({ article, related: resolveRelated(article, lookup) }));
  await writeOut(io, values.json ? listJson(rows) : listLines(rows));
  return 0;
};
