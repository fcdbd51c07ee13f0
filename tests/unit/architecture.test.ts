/**
 * The layer rules of the README ("How it works"), checked on every import of the source:
 *
 * - src/lib is pure: no `astro:*` module, nothing from src/data, src/pages, src/components,
 *   src/layouts, src/integrations or src/site.ts (settings are passed in), and no reading of
 *   process.env except the two channels between the build's processes named below;
 * - src/data is the only bridge to Astro's content layer (`astro:content`, `astro:container`);
 * - nothing outside tests/ imports from tests/, and src/ never imports from scripts/;
 * - what src/ and the editor's scripts run is a dependency, not a devDependency (a type-only
 *   import may come from a devDependency).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((rel) => /\.(ts|mjs|astro)$/.test(rel) && !rel.endsWith('.d.ts'))
    .map((rel) => path.join(dir, rel).split(path.sep).join('/'));
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  // In .astro files only the frontmatter imports.
  const code = file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  const found: Import[] = [];
  for (const match of code.matchAll(IMPORT)) found.push({ file, specifier: match[3]!, typeOnly: Boolean(match[2]) });
  for (const match of code.matchAll(DYNAMIC)) found.push({ file, specifier: match[1]!, typeOnly: false });
  return found;
}

/** The project path an import resolves to (`src/lib/x.ts`), or null for a package. */
function target(imp: Import): string | null {
  if (!imp.specifier.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(imp.file), imp.specifier));
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const describeImport = (imp: Import) => `${imp.file} imports ${imp.specifier}`;

const lib = sourceFiles('src/lib');
const src = sourceFiles('src');
const scripts = sourceFiles('scripts');

describe('layers', () => {
  it('finds the source to check', () => {
    expect(lib.length).toBeGreaterThan(50);
    expect(importsOf('src/lib/catalog/build.ts').length).toBeGreaterThan(3);
  });

  it('src/lib imports no Astro module and nothing from the layers above it', () => {
    const bad = lib.flatMap(importsOf).filter((imp) => {
      if (imp.specifier.startsWith('astro:')) return true;
      const to = target(imp);
      return to !== null && !to.startsWith('src/lib/');
    });
    expect(bad.map(describeImport)).toEqual([]);
  });

  it('the Markdown pipeline sits below everything that renders with it (feeds, email, cards, catalog)', () => {
    const bad = lib
      .filter((file) => file.startsWith('src/lib/markdown/'))
      .flatMap(importsOf)
      .filter((imp) => /^src\/lib\/(feeds|email|cards|catalog|charts|structured-data)\//.test(target(imp) ?? ''));
    expect(bad.map(describeImport)).toEqual([]);
  });

  it('src/lib reads no environment variable except the channels between the build\'s processes', () => {
    // The card usage log and the build report name a file from one process (the build script,
    // the cards-report integration) to another (Astro's build, its bundle): see their comments.
    const channels = new Set(['src/lib/cards/usage.ts', 'src/lib/build/report.ts']);
    const readers = lib.filter((file) => !channels.has(file) && /\bprocess\.env\b/.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('only src/data (and its consumers above it) touch Astro\'s content layer', () => {
    const bad = src
      .flatMap(importsOf)
      .filter((imp) => /^astro:(content|container)$/.test(imp.specifier))
      .filter((imp) => imp.file !== 'src/content.config.ts' && !/^src\/(data|pages|components|layouts)\//.test(imp.file));
    expect(bad.map(describeImport)).toEqual([]);
  });

  it('nothing outside tests/ imports from tests/; src/ never imports from scripts/', () => {
    const bad = [...src, ...scripts].flatMap(importsOf).filter((imp) => {
      const to = target(imp);
      return to !== null && (to.startsWith('tests/') || (imp.file.startsWith('src/') && to.startsWith('scripts/')));
    });
    expect(bad.map(describeImport)).toEqual([]);
  });

  it('what the site and the editor\'s scripts run comes from dependencies, not devDependencies', () => {
    const editorScripts = scripts.filter((file) => !file.startsWith('scripts/bench/') && !file.includes('check-'));
    const bad = [...src, ...editorScripts]
      .flatMap(importsOf)
      .filter((imp) => !imp.typeOnly && target(imp) === null && !imp.specifier.startsWith('node:') && !imp.specifier.startsWith('astro:'))
      .filter((imp) => !(packageOf(imp.specifier) in manifest.dependencies));
    expect(bad.map(describeImport)).toEqual([]);
  });
});
