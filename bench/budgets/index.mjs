// The budgets qari holds itself to, in the order of BENCHMARKS.md's table (plus the
// `related` figure, the scroll budget on the 5 MB article too, Ctrl-C answered
// while the heaviest screen loads, and the index's rows: search, the r list, and
// a library of 100,000 articles, last as they take longest).
import cat from './cat.mjs';
import tuiStart from './tui-start.mjs';
import bidi from './bidi.mjs';
import firstScreen from './first-screen-large.mjs';
import { scrollSeed, scrollBig } from './scroll.mjs';
import { listCold, listWarm } from './list.mjs';
import memory from './memory.mjs';
import related from './related.mjs';
import importPage from './import-page.mjs';
import ctrlCLoading from './ctrl-c-loading.mjs';
import search from './search.mjs';
import relatedKey from './related-key.mjs';
import { index100k, list100k, quit100k, search100k, tuiList100k } from './scale.mjs';

export const BUDGETS = [cat, tuiStart, bidi, firstScreen, scrollSeed, scrollBig, listCold, listWarm, memory, related, importPage, ctrlCLoading, search, relatedKey, index100k, list100k, search100k, tuiList100k, quit100k];
