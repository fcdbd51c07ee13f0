/**
 * Where Node keeps the compiled code (V8's bytecode) of the build and its dependencies from
 * one build to the next: QD_COMPILE_CACHE_DIR, or one folder per project. It holds no content,
 * so every content folder shares it. Apart from the other settings so that the build script
 * can turn the cache on before it loads anything else (scripts/build.ts).
 */
import path from 'node:path';

export function compileCacheDir(env: Record<string, string | undefined>, projectRoot: string, cwd: string): string {
  const chosen = env.QD_COMPILE_CACHE_DIR?.trim();
  return chosen ? path.resolve(cwd, chosen) : path.join(projectRoot, 'node_modules', '.cache', 'quarterdeck', 'compile');
}
