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
import { openIndexedFolders } from '../library.js';
import { loadFolder } from '../../library/load.js';
import { WORK_WORKER } from '../../library/shared-work.js';

const DEFAULT_LIMIT = 20;

export const search: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, limit: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError({ key: 'error.search-needs' });
  const limit = integerOption('limit', values.limit, 1) ?? DEFAULT_LIMIT;
  const query = parseQuery(positionals.join(' '));
  if (isEmptyQuery(query)) throw new UsageError({ key: 'error.search-empty' });
  const folders = await openIndexedFolders(globalSettings(values, io.env), io);
  const hits = folders.flatMap((folder) => {
    // The summaries are read only when something changed since the index was last brought up to date.
    if (!folder.upToDate) loadFolder(folder);
    indexAllPending(folder.index, folder.dir, WORK_WORKER);
    return searchIndex(folder.index, folder.dir, query, limit);
  });
  // Two folders (the user's and the bundled one): best first, an id once (the user's copy).
  const seen = new Set<string>();
  const ranked = hits.sort((a, b) => b.score - a.score).filter((hit) => !seen.has(hit.id) && seen.add(hit.id)).slice(0, limit);
  await writeOut(io, values.json ? searchJson(ranked) : searchLines(ranked));
  return 0;
};
