// `qari --help` and `--version`.
export const VERSION = 'qari 0.1.0';

export const HELP = `qari: a terminal reader for Arabic articles

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
  --no-color         no colours (also NO_COLOR)
  -h, --help         this help
  -v, --version      the version

exit codes: 0 ok, 1 runtime error, 2 usage error
`;
