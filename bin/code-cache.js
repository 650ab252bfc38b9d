// Runs the CLI bundle with V8's code cache. Compiling the 320 KB bundle costs
// about 25 ms of every start, a fifth of `node -e 0`; Node 22 keeps a compile
// cache itself (module.enableCompileCache), Node 20 does not. So the bundle is
// compiled here with the cache a previous run left in $XDG_CACHE_HOME/qari, and
// when there is none (or V8 rejects it: another Node, another bundle), the run
// leaves one at exit, with every function it compiled on the way.
// Whatever goes wrong with the cache, the bundle still runs: it is only speed.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

function requireWithCodeCache(bundle) {
  const source = readSource(bundle);
  if (!source) return require(bundle);
  const cacheFile = cacheFileOf(bundle);
  const cachedData = readCache(cacheFile);
  const wrapper = `(function (exports, require, module, __filename, __dirname, __qariImport) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) process.once('exit', () => writeCache(cacheFile, script));
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  // On Node 20 code compiled from a code cache cannot import() (the callback is lost): the
  // bundle's files apart (the reader, the web code) are imported from here (src/cli/outside-modules.ts).
  const importBeside = (path) => import(pathToFileURL(join(dirname(bundle), path)).href);
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), importBeside);
  module.loaded = true;
  return module.exports;
}

function readSource(bundle) {
  try {
    return readFileSync(bundle, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The commands of src/cli/main.ts (a test holds the two lists equal). A cache holds
 * the functions that the run which wrote it compiled: `list` started from a cache
 * written by `cat` compiles its own functions again (10 ms), `cat` from one written
 * by `list` 20–30 ms. So each command has a cache of its own; `qari` alone, or with
 * an article, is the reader's.
 */
const COMMANDS = ['list', 'cat', 'import', 'bidi', 'related', 'search', 'feed'];

function purposeOf(argv) {
  return argv.find((arg) => COMMANDS.includes(arg)) ?? 'reader';
}

/**
 * One cache file per build, Node version and command: two installs of qari do not take
 * turns rewriting one. Named, not hashed: node:crypto alone costs about 20 ms to load.
 */
function cacheFileOf(bundle) {
  try {
    const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
    const { size, mtimeMs } = statSync(bundle);
    return join(base, 'qari', `code-${process.version}-${size}-${Math.round(mtimeMs)}-${purposeOf(process.argv.slice(2))}.v8`);
  } catch {
    return undefined;
  }
}

function readCache(file) {
  if (!file) return undefined;
  try {
    // Only a regular file: a FIFO here would hang the start.
    return statSync(file).isFile() ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** Atomic (temp file, then rename): a second qari never reads half a cache. */
function writeCache(file, script) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    makeFolder(dirname(file));
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, file);
    removeOldCaches(dirname(file));
  } catch {
    // A cache that cannot be written (read-only, full disk) only costs the next start 25 ms.
    remove(temp);
  }
}

/** $XDG_CACHE_HOME/qari, and the cache home itself if need be; never mkdir -p, which loops for ever under /proc on Node 20. */
function makeFolder(folder) {
  for (const path of [dirname(folder), folder]) {
    try {
      mkdirSync(path);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
  }
}

const MONTH_MS = 30 * 24 * 3600 * 1000;

/** Each upgrade of qari (or Node) leaves a cache behind: those not written for a month go. */
function removeOldCaches(folder) {
  for (const name of readdirSync(folder)) {
    if (!/^code-v[\d.]+-\d+-\d+(-[a-z]+)?\.v8$/.test(name)) continue;
    const path = join(folder, name);
    if (Date.now() - statSync(path).mtimeMs > MONTH_MS) remove(path);
  }
}

function remove(path) {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}

module.exports = { requireWithCodeCache, COMMANDS };
