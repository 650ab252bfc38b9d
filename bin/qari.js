#!/usr/bin/env node
// The bundle is built by `npm install` (the `prepare` script) or `npm run build`.
import '../dist/qari.js';
