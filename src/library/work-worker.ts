// A worker thread that works on a large library's files beside the main thread
// (shared-work.ts): summaries for a first index, stems for the full-text index.
// A bundle of its own: the scan worker (scan-worker.ts) starts sooner without the
// article code.
import { workerData } from 'node:worker_threads';
import { helpWork, type SharedWorkData } from './shared-work.js';

helpWork(workerData as SharedWorkData);
