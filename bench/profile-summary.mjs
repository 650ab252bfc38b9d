#!/usr/bin/env node
// Where the time goes: summarises a V8 CPU profile (`node --cpu-prof`) by self
// time per function, per source module and per area (our src/ folders, npm
// packages, Node internals, GC). A position in dist/*.js maps back to its
// source file and name through the bundle's source map when it has one
// (bench/profile-build.mjs makes one), else through the `// src/…` comments
// esbuild writes before each module of an unminified bundle. Also reads
// `--heap-prof` profiles (sampled allocations still live at exit).
//
//   node bench/profile-summary.mjs FILE.cpuprofile|FILE.heapprofile [--top N]
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const moduleMaps = new Map();
const sourceMaps = new Map();

/** The source map beside a bundle file (`x.js.map`), if any. */
function sourceMapOf(url) {
  if (sourceMaps.has(url)) return sourceMaps.get(url);
  let map;
  try {
    const path = `${fileURLToPath(url)}.map`;
    if (existsSync(path)) map = new SourceMap(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    map = undefined;
  }
  sourceMaps.set(url, map);
  return map;
}

/** Source file and original name of a bundle position, from the source map. */
function original(callFrame) {
  if (!callFrame.url.startsWith('file:')) return undefined;
  const map = sourceMapOf(callFrame.url);
  if (!map) return undefined;
  const entry = map.findEntry(callFrame.lineNumber, callFrame.columnNumber);
  if (!entry || !entry.originalSource) return undefined;
  const source = entry.originalSource.replace(/^(?:file:\/\/)?(?:.*?\/)?(?=(?:src|node_modules)\/)/, '');
  return { module: source, name: entry.name, at: `${source.replace(/^.*\//, '')}:${entry.originalLine + 1}` };
}

/** For a bundle file: the source module that starts at each line. */
function moduleMap(url) {
  if (moduleMaps.has(url)) return moduleMaps.get(url);
  let starts = [];
  try {
    const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
    lines.forEach((line, index) => {
      const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (match) starts.push({ line: index, module: match[1] });
    });
  } catch {
    starts = [];
  }
  moduleMaps.set(url, starts);
  return starts;
}

function sourceModule(callFrame) {
  const { url, lineNumber } = callFrame;
  if (!url) return callFrame.functionName.startsWith('(') ? callFrame.functionName : '(native)';
  if (url.startsWith('node:')) return url;
  if (!url.startsWith('file:')) return url;
  const mapped = original(callFrame);
  if (mapped) return mapped.module;
  // A bundle position the map does not cover: a chunk's top-level code (module bodies, esbuild's helpers).
  if (sourceMapOf(url)) return `${url.replace(/^.*\/(dist\/)/, '$1')} (top-level code)`;
  const starts = moduleMap(url);
  let low = 0;
  let high = starts.length - 1;
  let found;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle].line <= lineNumber) {
      found = starts[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found) return found.module;
  const path = fileURLToPath(url);
  const inModules = path.lastIndexOf('/node_modules/');
  return inModules >= 0 ? path.slice(inModules + 1) : path.replace(/^.*\/(dist|src|bin)\//, '$1/');
}

function area(module) {
  if (module.startsWith('(')) return module;
  if (module.startsWith('node:')) return 'node internals';
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (pkg) return `npm ${pkg[1]}`;
  const ours = /^src\/([^/]+)/.exec(module);
  if (ours) return `src/${ours[1]}`;
  return module;
}

function where(callFrame) {
  const mapped = callFrame.url ? original(callFrame) : undefined;
  if (mapped) return mapped.at;
  const file = callFrame.url ? callFrame.url.replace(/^.*\//, '') : '';
  return file ? `${file}:${callFrame.lineNumber + 1}` : '';
}

function addTo(map, key, amount, extra) {
  const entry = map.get(key) ?? { key, amount: 0, ...extra };
  entry.amount += amount;
  map.set(key, entry);
}

function ranked(map, top) {
  return [...map.values()].sort((a, b) => b.amount - a.amount).slice(0, top);
}

/**
 * CPU profile → self time (ms) by function, module and area. `window` ({ from,
 * to } in ms of the monotonic clock, which is `process.hrtime` in any process
 * of the machine and the profile's own clock) keeps only the samples inside it.
 */
export function summariseCpuProfile(profile, window) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  const from = window ? window.from * 1000 : -Infinity;
  const to = window ? window.to * 1000 : Infinity;
  let time = profile.startTime;
  for (let index = 0; index < samples.length; index++) {
    time += timeDeltas[index];
    if (time < from || time > to) continue;
    // A sample lasts until the next one.
    const ms = (index + 1 < timeDeltas.length ? timeDeltas[index + 1] : 0) / 1000;
    self.set(samples[index], (self.get(samples[index]) ?? 0) + ms);
  }
  const wallMs = (Math.min(to, profile.endTime) - Math.max(from, profile.startTime)) / 1000;
  return group([...self].map(([id, ms]) => ({ callFrame: nodes.get(id).callFrame, amount: ms })), wallMs);
}

/** Heap sampling profile → bytes still allocated, by function, module and area. */
export function summariseHeapProfile(profile) {
  const items = [];
  const walk = (node) => {
    if (node.selfSize) items.push({ callFrame: node.callFrame, amount: node.selfSize });
    for (const child of node.children ?? []) walk(child);
  };
  walk(profile.head);
  return group(items, null);
}

function group(items, wallMs) {
  const byFunction = new Map();
  const byModule = new Map();
  const byArea = new Map();
  let total = 0;
  let idle = 0;
  for (const { callFrame, amount } of items) {
    if (callFrame.functionName === '(idle)') {
      idle += amount;
      continue;
    }
    total += amount;
    const module = sourceModule(callFrame);
    const name = (callFrame.url ? original(callFrame)?.name : undefined) || callFrame.functionName || '(anonymous)';
    addTo(byFunction, `${name}\0${module}\0${where(callFrame)}`, amount, { name, module, at: where(callFrame) });
    addTo(byModule, module, amount);
    addTo(byArea, area(module), amount);
  }
  return { total, idle, wallMs, byFunction, byModule, byArea };
}

const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (value) => `${(value / 1e6).toFixed(1)} MB`;

/** A few lines of text for the report. */
export function formatSummary(summary, { top = 12, label = 'profile', heap = false, windowLabel } = {}) {
  const unit = heap ? mb : ms;
  const pct = (value) => `${((100 * value) / (summary.total || 1)).toFixed(1)}%`;
  const out = [];
  out.push(heap ? `${label}: ${mb(summary.total)} sampled live allocations` : `${label}: ${ms(summary.total)} busy (${ms(summary.idle)} idle) in ${ms(summary.wallMs)}${windowLabel ? ` ${windowLabel}` : ' profiled'}`);
  out.push('  by area: ' + ranked(summary.byArea, 8).map((entry) => `${entry.key} ${pct(entry.amount)}`).join(', '));
  out.push(`  top ${heap ? 'allocations' : 'self time'} by function:`);
  for (const entry of ranked(summary.byFunction, top)) {
    out.push(`    ${unit(entry.amount).padStart(9)} ${pct(entry.amount).padStart(6)}  ${entry.name}  ${entry.module}${entry.at ? ` (${entry.at})` : ''}`);
  }
  out.push(`  top modules:`);
  for (const entry of ranked(summary.byModule, Math.min(top, 8))) out.push(`    ${unit(entry.amount).padStart(9)} ${pct(entry.amount).padStart(6)}  ${entry.key}`);
  return out.join('\n');
}

export function summariseFile(path, options = {}) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const heap = 'head' in profile;
  const summary = heap ? summariseHeapProfile(profile) : summariseCpuProfile(profile, options.window);
  return formatSummary(summary, { ...options, heap, windowLabel: heap ? undefined : options.window?.label, label: options.label ?? path.replace(/^.*\//, '') });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args.splice(topIndex, 2)[1]) : 15;
  if (args.length === 0) {
    process.stderr.write('usage: node bench/profile-summary.mjs FILE.cpuprofile|FILE.heapprofile [--top N]\n');
    process.exit(2);
  }
  for (const path of args) process.stdout.write(`${summariseFile(path, { top })}\n\n`);
}
