// `qari related ARTICLE [--json]`: what the reader's `r` list shows (links in
// the body, related entries, backlinks, similar articles), for scripts.
import { relatedList } from '../../library/related-list.js';
import { indexAllPending } from '../../library/index/fulltext.js';
import { WORK_WORKER } from '../../library/shared-work.js';
import { plainLine } from '../../output/plain.js';
import { safeJson } from '../../output/json.js';
import { UsageError } from '../errors.js';
import { writeOut, type Command } from '../io.js';
import { globalSettings, parseCommandArgs } from '../options.js';
import { openLibrary, requireEntry, reportWarnings } from '../library.js';

export const related: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  const query = positionals[0];
  if (query === undefined || positionals.length > 1) throw new UsageError({ key: 'error.related-needs' });
  const library = await openLibrary(globalSettings(values, io.env), io);
  const entry = await requireEntry(library, query, io.cwd);
  reportWarnings(entry, io);
  // Similar articles need the library's text indexed: what is left is done now.
  if (library.index) indexAllPending(library.index, library.dir, WORK_WORKER);
  const { items } = relatedList(library, { id: entry.id, title: entry.title });
  if (values.json) {
    await writeOut(io, `${safeJson(items)}\n`);
  } else {
    await writeOut(io, items.map((item) => `${item.kind}\t${item.id ?? '-'}\t${item.date ?? '-'}\t${plainLine(item.title)}\n`).join(''));
  }
  return 0;
};
