// The English interface. Every string qari shows a person is here (or in ar.ts,
// key for key); machine output (--json, list columns) is not.

export const en = {
  // The library
  'app.name': 'qari',
  'library.header': '{name} · {articles} · {dir}',
  'library.articles': { one: '{n} article', other: '{n} articles' },
  'library.filtered': '{shown} of {total}',
  'library.hints': '↑↓ move · Enter open · / filter titles · s search text · q quit',
  'library.filter-hints': 'type to filter · Enter keep · Esc clear',
  'library.broken': '(broken)',
  'library.empty': 'no articles in {dir} ({command} FILE adds one)',
  'library.no-match': 'no title matches; Esc clears the filter',

  // The library's full-text search (s)
  'textsearch.prompt': 'search the text: ',
  'textsearch.typing-hints': 'type words, "a phrase" · Enter search · Esc back',
  'textsearch.list-hints': '↑↓ move · Enter open at the first hit · s new search · Esc back',
  'textsearch.indexing': 'indexing the library’s text…',
  'textsearch.none': '(no article has these words)',
  'textsearch.count': { one: '{count} found for {query}', other: '{count} found for {query}' },

  // The reader's status line and search prompt
  'status.section': '{n}/{count}',
  'status.help': '? help',
  'status.no-hits': 'no hits',
  'status.hit': 'hit {n}/{count}',
  'search.hints': 'Enter search · Esc cancel',

  // Overlays
  'contents.title': 'Contents',
  'contents.hints': 'Enter go · Esc close',
  'contents.empty': '(no sections)',
  'related.title': 'Related',
  'related.hints': 'Enter open · Esc close',
  'related.empty': '(nothing related)',
  'related.looking': '(looking for similar articles…)',
  'related.missing': '(not in the library)',
  'related.kind.link': 'link',
  'related.kind.related': 'related',
  'related.kind.links-here': 'links here',
  'related.kind.similar': 'similar',
  'help.title': 'Keys',
  'help.scroll': '↑↓ scroll · Esc close',
  'help.more': '{first}–{last} of {count}',

  // The reader's keys, for the help overlay: what to press, then what it does.
  'keys.line': '↑ ↓  j k',
  'does.line': 'a line',
  'keys.page': 'Space PgDn f  ·  PgUp b',
  'does.page': 'a page',
  'keys.ends': 'g G  Home End',
  'does.ends': 'start, end',
  'keys.sections': '] Tab  ·  [ Shift-Tab',
  'does.sections': 'next, previous section',
  'keys.section-n': '1–9',
  'does.section-n': 'section N',
  'keys.contents': 't',
  'does.contents': 'contents',
  'keys.search': '/  n N',
  'does.search': 'search, next and previous hit',
  'keys.related': 'r',
  'does.related': 'related articles',
  'keys.history': 'Backspace h ←  ·  → l',
  'does.history': 'back, forward',
  'keys.text-search': 's (in the library)',
  'does.text-search': 'search the articles’ text',
  'keys.library': 'q',
  'does.library': 'the library',
  'keys.close': 'Esc',
  'does.close': 'close this',
  'keys.help': '?',
  'does.help': 'these keys',
  'keys.quit': 'Ctrl-C',
  'does.quit': 'quit',

  // The whole screen
  'app.too-small': 'terminal too small (at least {columns}×{rows}) · q quits',
  'app.too-small-short': 'terminal too small · q quits',
  'app.too-small-shorter': 'too small · q quits',
  'app.too-small-shortest': 'too small',
  'app.too-small-word': 'small',
  'app.loading': 'loading {title} …',
  'app.failed': 'q: back · {path}: {error}',

  // The command line
  'cli.bad-choice': '{option} must be one of {choices}, not "{value}"',

  // Errors and warnings of the command line. Many are made where no language is
  // known, in these English words; translate-message.ts finds them by these templates.
  'error.unknown-command': 'unknown command "{name}" (try qari --help)',
  'error.bidi-mode': '--bidi must be {choices}, not "{value}"',
  'error.whole-number': '--{name} must be a whole number ≥ {min}, not "{value}"',
  'error.at-most': '--{name} must be at most {max}, not {value}',
  'error.library-missing': 'library folder {dir} does not exist',
  'error.library-not-folder': 'library {dir} is not a folder',
  'error.library-unreadable': 'library folder {dir} cannot be read ({reason})',
  'error.ambiguous': { other: '"{query}" matches {n} articles ({ids}); give an id' },
  'error.no-article': 'no article "{query}" in {dir} (try qari list)',
  'error.path-reason': '{path}: {reason}',
  'warning.skipped': 'skipped {path}: {reason}',
  'warning.file': 'warning: {path}: {reason}',
  'error.list-no-article': 'list takes no ARTICLE (got "{value}")',
  'error.cat-needs': 'cat needs an ARTICLE (an id, a path or a piece of a title)',
  'error.cat-one': 'cat takes one ARTICLE, not {count}',
  'error.visual-text': '--visual works with --format text only',
  'error.section-range': { other: '--section {section}: the article has {n} sections (0 is the lead)' },
  'error.format': '--format must be text, markdown or json, not "{value}"',
  'error.related-needs': 'related needs one ARTICLE',
  'error.import-needs': 'import needs a FILE to read (or - for standard input)',
  'error.import-one': 'import takes one FILE, not {count}',
  'error.id-md': '--id is the name without ".md": try --id {id}',
  'error.id-chars': '--id "{id}" must be ASCII letters, digits, ".", "_" or "-" (at most 100, not starting with "." or "-")',
  'error.read-back': 'the imported article would not read back: {reason}',
  'error.too-large': '{path} is larger than 50 MB; that is not an article',
  'error.stdin-too-large': 'standard input is larger than 50 MB; that is not an article',
  'error.exists': '{path} already exists; add --force to overwrite it (or choose another --id)',
  'error.is-folder': '{path} is a folder, not a file',
  'error.bidi-one': 'bidi takes one FILE at most, not {count}',
  'error.dir': '--dir must be auto, rtl or ltr, not "{value}"',
  'error.bidi-needs': 'bidi needs a FILE, or text on standard input (qari bidi FILE, or … | qari bidi)',
  'error.cannot-read': 'cannot read {path}: {reason}',
  'error.line-too-long': 'cannot read {path}: a line is over the 50 MB limit',
  'error.open-one': 'qari opens one ARTICLE, not {count}',
  'error.no-terminal': 'the reader needs a terminal to read keys from (stdin is not one, and there is no /dev/tty); try qari list or qari cat ARTICLE',
  'error.cannot-write-output': 'cannot write the output: {reason}',
  'error.empty-input': '{path} is empty',
  'error.utf16': '{path} is UTF-16 text; qari import reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)',
  'error.binary': '{path} is a binary file, not text',
  'error.blank': '{path} has no text, only blank lines',
  'error.no-front-matter': 'no front matter: the file must start with a line "---"',
  'error.front-matter-open': 'front matter is never closed with a line "---"',
  'error.front-matter-mapping': 'front matter must be a YAML mapping (key: value lines)',
  'error.front-matter-yaml': 'front matter is not valid YAML: {detail}',
  'error.front-matter-missing': 'front matter has no {field}',
  'error.front-matter-text': 'front matter field "{field}" must be text',
  'error.front-matter-date': 'front matter date is not a date (YYYY-MM-DD)',
  'error.front-matter-date-value': 'front matter date "{value}" is not a date (YYYY-MM-DD)',
  'error.front-matter-dir': 'front matter dir must be rtl or ltr, not "{value}"',
  'error.front-matter-related': 'front matter related must be a list',
  'error.markdown-too-large': 'the Markdown is too large or complex to read',
  'warning.positions-unreadable': 'cannot read {file} ({reason}); reading positions are not restored or remembered',
  'warning.positions-locked': '{file} stayed locked by another qari; the last reading positions are not remembered',
  'warning.positions-unwritable': 'cannot write {file} ({reason}); reading positions are not remembered',
  'warning.positions-corrupt-kept': '{file} is corrupt (kept as {aside}); reading positions start afresh',
  'warning.positions-corrupt': '{file} is corrupt; reading positions start afresh',
  'reason.gone': 'no longer there (deleted or moved since the library was read)',
  'reason.not-readable': 'cannot be read ({reason})',
  'reason.folder-not-article': 'a folder, not an article file',
  'reason.empty': 'file is empty',
  'reason.no-space': 'no space left on device',
  'reason.quota': 'disk quota exceeded',
  'reason.read-only': 'read-only file system',
  'reason.permission': 'permission denied',
  'reason.not-permitted': 'operation not permitted',
  'reason.io': 'input/output error',
  'reason.file-too-large': 'file too large',
  'reason.no-such-file': 'no such file or folder',
  'reason.not-folder': 'a part of the path is not a folder',
  'reason.is-folder': 'is a folder',
  'reason.loop': 'symbolic link loop',
  'reason.name-too-long': 'file name too long',
  'reason.too-many-files': 'too many open files',
  'reason.unavailable': 'resource temporarily unavailable',
  'reason.unknown': 'unknown error',
  'warning.index-memory': '{path} is not a regular file; the library index is kept in memory for this run',
  'warning.index-foreign': '{path} was not a qari index of this version; it is rebuilt',
  'warning.index-corrupt': '{path} was corrupt; it is rebuilt',
  'warning.index-update': 'cannot update the library index ({reason}); it is read again next time',
  'error.feed-not-page': '{url} is a feed, not a page; follow it with qari feed add {address}',
  'error.redirect-no-location': '{url}: redirect ({status}) without a Location',
  'error.too-many-redirects': { one: '{url}: more than {n} redirect', other: '{url}: more than {n} redirects' },
  'error.server-answered': '{url}: the server answered {status}',
  'error.not-web-address': '"{address}" is not a web address',
  'error.not-fetched': '{scheme}: addresses are not fetched; only http and https',
  'error.download-too-large': '{url}: larger than {count} MB; not downloaded',
  'error.timed-out': { other: '{url}: no answer within {n} s (timed out)' },
  'error.no-host': '{host}: no such host (DNS lookup failed)',
  'error.refused': '{host}: connection refused',
  'error.closed-early': '{host}: the connection was closed before the page arrived',
  'error.connection-timed-out': '{host}: the connection timed out',
  'error.unreachable': '{host}: the network cannot reach it',
  'error.download-failed': '{url}: download failed ({reason})',
  'error.state-corrupt': '{path} is corrupt (not JSON); move it away to start afresh',
  'error.state-unreadable': 'cannot read {path} ({reason})',
  'error.state-unwritable': 'cannot write {path} ({reason})',
  'error.not-a-feed': '{url} is not a feed qari can read (RSS, Atom, RDF or JSON Feed)',
  'error.no-article-on-page': 'no article found on the page: no title and no text',
  'error.no-text-on-page': 'no article text found on the page',
  'error.feed-add-one': 'feed add takes one URL',
  'error.feed-list-none': 'feed list takes no argument',
  'error.feed-update-one': 'feed update takes at most one FEED (a URL, a number from feed list, or a word of its title)',
  'error.feed-needs': 'feed needs an action: add URL, list, or update [FEED]',
  'error.feed-unknown': 'unknown feed action "{action}" (add, list or update)',
  'error.feed-known': 'already following {url} ("{title}")',
  'error.no-feed': 'no feed "{query}" (see qari feed list)',
  'error.no-feeds': 'no feeds yet; add one with qari feed add URL',
  'warning.feed-unread': 'warning: {reason}; new articles are not marked unread',
  'warning.article-unread': 'warning: {reason}; the article is not marked unread',
  'warning.feed': 'feed {name}: {reason}',
  'error.not-web-page': '{url} is not a web page ({type}); qari imports HTML',
  'error.already-imported': '{url} is already in the library as "{id}" ({path}); add --force to import it again',
  'error.no-articles': 'no articles (.md files) in {dir} or its sub-folders',
  'warning.plain': 'warning: {reason}',
  'error.search-needs': 'search needs a QUERY (words, or "a phrase" in quotes)',
  'error.search-empty': 'the search has no words in it (only punctuation or marks)',
  'reason.unreadable': 'unreadable',
  'reason.bad-name': 'the file name is not valid UTF-8 (rename the file)',
  'reason.broken-link': 'broken symbolic link (its target does not exist)',
  'reason.bad-utf8': 'not valid UTF-8: bad bytes shown as �',
  'reason.over-limit': 'file is {size} MB, over the 50 MB limit',
  'reason.binary': 'binary file (it holds NUL bytes)',
  'reason.utf16-no-bom': 'UTF-16 text without a byte order mark (convert it to UTF-8)',
  'reason.not-regular': 'not a regular file',
  'reason.over-the-limit': 'over the {size} MB limit',
  'reason.bad-port': 'bad port',
  'reason.tls': 'TLS error',
  'reason.no-content-type': 'no content type',
  'error.unknown-option': 'unknown option {option} (see qari --help)',
  'error.option-needs-value': '{option} needs a value',
  'error.option-takes-no-value': '{option} takes no value',
  'error.option-value-dash': '{option} needs a value; one starting with "-" is written {option}=-…',
  'error.not-utf8': '{path} is not valid UTF-8 (bad byte at offset {offset}) and does not read as Arabic in windows-1256 or ISO-8859-6 either; convert it to UTF-8 first (iconv -f ITS-ENCODING -t UTF-8)',
  'error.tls-failed': '{host}: the secure connection failed ({reason})',
  'error.server-answered-text': '{url}: the server answered {status} {text}',
  'error.crashed': 'stopped by an unexpected error: {reason}',
  'note.created-library': 'created the library folder {dir}; qari lists it from now on',
  'note.downloading': 'downloading {host}… {received} KB',
  'note.downloading-of': 'downloading {host}… {received} KB of {total} KB',
  // Said in place of a file's name.
  'name.standard-input': 'standard input',

  // What feed add and feed update report on stdout (for people; feed list --json is for scripts).
  'feed.added': { one: '{title}\t{url}\t{n} item; qari feed update brings it in', other: '{title}\t{url}\t{n} items; qari feed update brings them in' },
  'feed.update': '{name}: {result}',
  'feed.not-modified': 'nothing new (not modified)',
  'feed.nothing-new': 'nothing new',
  'feed.new': { one: '{n} new article', other: '{n} new articles' },
  'feed.with-failed': { other: '{added}, {n} failed (tried again next update)' },

  // `qari COMMAND --help`: the command alone; the options every command takes are in qari --help.
  'cli.help.list': `usage: qari list [--json] [--unread]

One article a line, tab-separated: id, date, title, sections, related.

  --json     the same, as JSON
  --unread   only the articles not opened yet`,
  'cli.help.cat': `usage: qari cat ARTICLE [--format text|markdown|json] [--section N] [--width N] [--visual]

The article on stdout. ARTICLE is an id, a path, or a unique piece of a title.

  -f, --format FORMAT   text (the default), markdown (the article file as qari writes it) or json
  -s, --section N       only section N (0 is the lead)
  -w, --width N         wrap the text at N columns
  --visual              lines in visual order and shaped, as the reader shows them (text only;
                        as wide as the terminal unless --width says)`,
  'cli.help.import': `usage: qari import FILE|URL|- [--id ID] [--force] [--stdout] [--explain] [--keep-all] [--timeout S]

Makes an article of scraped text, a saved web page, or a page at an http(s) address
(- reads standard input), and writes it into your library; prints its path.

  --id ID       the article's name in the library (default: made from its title)
  --force       overwrite an article of that name, or import an address again
  --stdout      print the article instead of writing it
  --explain     say what became of each line or element, and why
  --keep-all    keep the lines it would drop, as paragraphs
  --timeout S   give up on a download after S seconds (default 20)`,
  'cli.help.feed': `usage: qari feed add URL | list [--json] | update [FEED] [--max-items N] [--timeout S]

Follows RSS, Atom, RDF and JSON feeds.

  add URL          follow a feed
  list             the feeds followed: number, title, address, articles imported
  update [FEED]    import the new items of every feed, or of FEED (its address,
                   its number in feed list, or a word of its title)
  --json           list as JSON
  --max-items N    at most N new items of each feed (default 50)
  --timeout S      give up on a download after S seconds (default 20)`,
  'cli.help.bidi': `usage: qari bidi [FILE|-] [--width N] [--dir auto|rtl|ltr] [--no-shape] [--no-mirror] [--no-pad]

Lays out each line of FILE (or standard input) in visual order, through qari's text
engine, for a terminal or a program that does not reorder Arabic itself.

  -w, --width N       lines at most N columns wide (default: the terminal's, else 80)
  --dir DIR           the paragraphs' direction: auto (the default, from the first strong
                      letter), rtl or ltr
  --no-shape          no Arabic shaping (presentation forms)
  --no-mirror         no mirrored brackets
  --no-pad            no spaces before right-aligned lines`,
  'cli.help.related': `usage: qari related ARTICLE [--json]

What the reader's r list shows, one a line: links, related, links here, similar.

  --json     the same, as JSON`,
  'cli.help.search': `usage: qari search QUERY [--json] [--limit N]

The articles whose text has all the words of QUERY, best first; "a phrase" in quotes
must appear as it is.

  --json      the same, as JSON
  --limit N   at most N articles (default 20)`,
  'cli.help.more': 'options every command takes (--library, --lang…): qari --help',

  // `qari --help`: commands and options are written as typed.
  'cli.help': `qari: a terminal reader for Arabic articles

usage:
  qari [ARTICLE]                 the reader (the library, or ARTICLE opened);
                                 when stdout is not a terminal: as list / cat
  qari list [--json] [--unread]  one article a line: id, date, title, sections, related
                                 (--unread: only articles not opened yet)
  qari cat ARTICLE [--format text|markdown|json] [--section N] [--width N] [--visual]
  qari import FILE|URL|- [--id ID] [--force] [--stdout] [--explain] [--keep-all] [--timeout S]
                                 text, a saved web page, or a page at an http(s) address
  qari feed add URL | list [--json] | update [FEED] [--max-items N]
                                 follow RSS/Atom/RDF/JSON feeds; update imports new items
  qari bidi [FILE|-] [--width N] [--dir auto|rtl|ltr] [--no-shape] [--no-mirror] [--no-pad]
  qari related ARTICLE [--json]   what the reader's r list shows: links, related, links here, similar
  qari search QUERY [--json] [--limit N]
                                 articles ranked by how well they match; "a phrase" in quotes

ARTICLE is an id, a path, or a unique piece of a title.

global options:
  --library DIR      the library folder (env QARI_LIBRARY; default ./articles if present,
                     else your own, $XDG_DATA_HOME/qari/articles, which import makes,
                     listed with the articles bundled with qari)
  --bidi MODE        auto, app or terminal (env QARI_BIDI): who reorders Arabic
  --lang ar|en       the language qari speaks (env QARI_LANG, else LC_ALL, LC_MESSAGES, LANG)
  --digits latn|arab dates and numbers in Latin (31) or Arabic-Indic (٣١) digits
  --months standard|levant  Arabic month names: يناير or كانون الثاني
  --no-color         no colours (also NO_COLOR)
  -h, --help         this help
  -v, --version      the version

exit codes: 0 ok, 1 runtime error, 2 usage error`,
} as const;
