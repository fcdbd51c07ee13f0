/**
 * `npm run build`: turns on Node's compile cache, then builds (scripts/build/main.ts). V8's
 * compiled code of the build script, its card workers and Astro's process (Astro, Vite,
 * satori, …) is then kept from one build to the next instead of compiled again each time. The
 * cache has to be on before the build's modules load, hence this file and the dynamic import.
 */
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCacheDir } from '../src/lib/config/compile-cache.ts';

const projectRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
// Inherited by the card workers and by Astro's process; a cache the caller chose is kept.
process.env.NODE_COMPILE_CACHE ??= compileCacheDir(process.env, projectRoot, process.cwd());
enableCompileCache(process.env.NODE_COMPILE_CACHE);

await import('./build/main.ts');
