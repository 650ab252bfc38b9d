// `qari search QUERY [--json] [--limit N]`: the library's articles ranked by
// how well they match (BM25 over titles, headings and bodies), Arabic-aware:
// harakat and letter variants folded, prefixes and suffixes stemmed, "exact
// phrases" in quotes, Latin words in any case.
import { indexAllPending } from '../../library/index/fulltext.js';
import { searchIndex } from '../../library/index/search-index.js';
import { isEmptyQuery, parseQuery } from '../../search/query.js';
import { searchJson, searchLines } from '../../output/search.js';
import { UsageError } from '../errors.js';
import { writeOut, type Command } from '../io.js';
import { globalSettings, integerOption, parseCommandArgs } from '../options.js';
import { openLibrary } from '../library.js';

const DEFAULT_LIMIT = 20;

export const search: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, limit: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('search needs a QUERY (words, or "a phrase" in quotes)');
  const limit = integerOption('limit', values.limit, 1) ?? DEFAULT_LIMIT;
  const query = parseQuery(positionals.join(' '));
  if (isEmptyQuery(query)) throw new UsageError('the search has no words in it (only punctuation or marks)');
  const library = await openLibrary(globalSettings(values, io.env), io);
  if (!library.index) return 0;
  indexAllPending(library.index, library.dir);
  const hits = searchIndex(library.index, library.dir, query, limit);
  await writeOut(io, values.json ? searchJson(hits) : searchLines(hits));
  return 0;
};
