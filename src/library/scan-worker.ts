// A worker thread for large library folders, with one of two jobs:
// - scan: stamps a folder off the main thread while the main thread reads the
//   same folder's index (load.ts, loadIfUnchanged); the list of files is shared
//   as soon as it is known, so the main thread, done with the index, helps stamp;
// - help: stamps files beside the main thread, from one shared list (shared-stamps.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { scanFolder } from './scan-folder.js';
import { hasUnsafeName } from './index/scan.js';
import { helpStamp, type SharedStampsData } from './shared-stamps.js';

export type ScanWorkerData = { scan: string } | { help: SharedStampsData };

/**
 * First `share` (the files to stamp, for the main thread to help with), then the
 * key. `plain`: no file the list would show as broken without reading it (unsafe
 * name, failed stat): those are not rows of the index.
 */
export type ScanReply = { share: SharedStampsData } | { stamps: string; plain: boolean } | { failed: true };

const job = workerData as ScanWorkerData;
if ('help' in job) helpStamp(job.help);
else scan(job.scan);

function scan(dir: string): void {
  const reply = (message: ScanReply) => parentPort?.postMessage(message);
  try {
    const { files, stamps } = scanFolder(dir, { share: (data) => reply({ share: data }) });
    reply({ stamps, plain: files.every((file) => file.size !== undefined && !hasUnsafeName(file.name)) });
  } catch {
    // The folder's errors are said by the main thread's own scan.
    reply({ failed: true });
  }
}
