// `qari list [--json] [--unread]`: one article a line (id, date, title, sections, related);
// --unread only those not opened yet. Over a library unchanged since the last
// list, the output kept then is printed as it is: no index opened, no summary read.
import { summariesOf, type Library } from '../../library/entry.js';
import { keepOutput, keptOutput, type CommandOutput, type KeptOutput } from '../../library/kept-output.js';
import { QariError } from '../errors.js';
import { articleLookup, resolveRelated } from '../../library/resolve-related.js';
import { listJson, listLines } from '../../output/list.js';
import { writeOut, type Command } from '../io.js';
import { globalSettings, parseCommandArgs } from '../options.js';
import { UsageError } from '../errors.js';
import { resolve } from 'node:path';
import { brokenReport, libraryOf, openIndexedFolder, scanFolders } from '../library.js';

export const list: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, unread: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError({ key: 'error.list-no-article', params: { value: positionals[0] ?? '' } });
  const scanned = scanFolders(globalSettings(values, io.env), io);
  // What is unread lives outside the index: that list is always made afresh. A
  // library of two folders (the user's and the bundled one) is small: none kept.
  const kind = values.unread || scanned.length > 1 ? undefined : values.json ? 'list-json' : 'list';
  const folder = scanned[0];
  let output: CommandOutput | KeptOutput | undefined = kind && folder ? keptOutput(folder.dir, io.env, kind, folder.stamps) : undefined;
  if (!output) {
    const library = libraryOf(scanned.map((each) => openIndexedFolder(each, io)));
    const summaries = values.unread ? await unreadSummaries(library, io.env) : summariesOf(library);
    const lookup = articleLookup(summaries);
    const rows = summaries.map((article) => ({ article, related: resolveRelated(article, lookup) }));
    output = { stdout: values.json ? listJson(rows) : listLines(rows), stderr: brokenReport(library) };
    if (kind && folder) keepOutput(folder.dir, io.env, kind, folder.stamps, output);
  }
  io.stderr.write(output.stderr);
  await writeOut(io, output.stdout);
  return 0;
};

async function unreadSummaries(library: Library, env: NodeJS.ProcessEnv) {
  // Loaded only for --unread: with it comes node:fs/promises, 2 ms of every list.
  const { readUnread, unreadFile } = await import('../../library/unread.js');
  let unread: Set<string>;
  try {
    unread = await readUnread(unreadFile(env));
  } catch (error) {
    throw new QariError(error instanceof Error ? error.message : String(error));
  }
  return library.entries.flatMap((entry) => (entry.kind === 'article' && unread.has(resolve(entry.path)) ? [entry.summary] : []));
}
