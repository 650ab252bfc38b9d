// `qari list [--json] [--unread]`: one article a line (id, date, title, sections, related);
// --unread only those not opened yet.
import { summariesOf, type Library } from '../../library/entry.js';
import { readUnread, unreadFile } from '../../library/unread.js';
import { QariError } from '../errors.js';
import { articleLookup, resolveRelated } from '../../library/resolve-related.js';
import { listJson, listLines } from '../../output/list.js';
import { writeOut, type Command } from '../io.js';
import { globalSettings, parseCommandArgs } from '../options.js';
import { UsageError } from '../errors.js';
import { resolve } from 'node:path';
import { openLibrary, reportBroken } from '../library.js';

export const list: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, unread: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`list takes no ARTICLE (got "${positionals[0]}")`);
  const library = await openLibrary(globalSettings(values, io.env), io);
  reportBroken(library, io);
  const summaries = values.unread ? await unreadSummaries(library, io.env) : summariesOf(library);
  const lookup = articleLookup(summaries);
  const rows = summaries.map((article) => ({ article, related: resolveRelated(article, lookup) }));
  await writeOut(io, values.json ? listJson(rows) : listLines(rows));
  return 0;
};

async function unreadSummaries(library: Library, env: NodeJS.ProcessEnv) {
  let unread: Set<string>;
  try {
    unread = await readUnread(unreadFile(env));
  } catch (error) {
    throw new QariError(error instanceof Error ? error.message : String(error));
  }
  return library.entries.flatMap((entry) => (entry.kind === 'article' && unread.has(resolve(entry.path)) ? [entry.summary] : []));
}
