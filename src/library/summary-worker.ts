// A worker thread that summarises a large library's changed files beside the
// main thread (shared-summaries.ts). A bundle of its own: the scan worker
// (scan-worker.ts) starts sooner without the article code.
import { workerData } from 'node:worker_threads';
import { helpSummarise, type SharedSummariesData } from './shared-summaries.js';

helpSummarise(workerData as SharedSummariesData);
