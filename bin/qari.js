#!/usr/bin/env node
// CommonJS (bin/package.json says so): Node starts a CommonJS program about 50 ms
// sooner than an ES module, most of the budget of `qari cat` (scripts/build.mjs).
// The bundle is built by `npm install` (the `prepare` script) or `npm run build`.
require('./code-cache.js').requireWithCodeCache(require.resolve('../dist/qari.cjs'));
