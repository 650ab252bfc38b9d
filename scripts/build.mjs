// Builds dist/ (see scripts/bundle.mjs for what is in it), beside the old one and
// swapped in whole, so a running qari never sees half a bundle.
// QARI_NO_MINIFY=1 keeps names readable for profiles.
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const root = new URL('..', import.meta.url);
const next = fileURLToPath(new URL(`dist.next-${process.pid}`, root));
const old = fileURLToPath(new URL(`dist.old-${process.pid}`, root));
const dist = fileURLToPath(new URL('dist', root));

await bundle({ outDir: next, minify: process.env.QARI_NO_MINIFY !== '1' });
await rename(dist, old).catch(() => undefined);
await rename(next, dist);
await rm(old, { recursive: true, force: true });
