// The reader (ES modules: Ink has top-level await) and the web code are bundled
// apart and loaded at run time, only by the commands that need them. In the CLI
// bundle, scripts/bundle.mjs puts in place of this file one that has
// bin/code-cache.js import them: on Node 20, code compiled from V8's code cache
// cannot import() itself.
export const importReader = () => import('../tui/run.js');
export const importWeb = () => import('../web/index.js');
