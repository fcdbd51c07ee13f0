import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { prelinkedStaging } from '../../src/integrations/prelinked-staging.ts';
import { PAGES_WRITTEN_MESSAGE } from '../../src/lib/build/astro-env.ts';
import {
  outputCandidates,
  PRELINKED_ENV,
  prelinkStaging,
  readManifest,
  readPrelinked,
  removeUnclaimed,
  stampSite,
  unlinkBeforeRender,
  waitForPrelinked,
  writePrelinked,
} from '../../src/lib/build/prelinked-staging.ts';

let root: string;
let outDir: string;
let staging: string;
let astroCacheDir: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Astro's manifest (version 1) listing these output files, by their URL paths. */
function writeManifest(outputFiles: string[], version = 1): void {
  const paths = Object.fromEntries(outputFiles.map((file) => [`/${file}`, { cacheKey: 'k', outputFile: file }]));
  write(path.join(astroCacheDir, 'incremental-build.json'), JSON.stringify({ version, routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } } }));
}

const inode = (file: string) => fs.statSync(file).ino;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qd-prelink-'));
  outDir = path.join(root, 'dist');
  staging = path.join(root, '.dist.staging');
  astroCacheDir = path.join(root, 'cache');
  write(path.join(outDir, 'notes/a/index.html'), 'a');
  write(path.join(outDir, 'entities/я/index.html'), 'я');
  write(path.join(outDir, 'rss.xml'), 'feed');
  fs.mkdirSync(staging);
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('readManifest', () => {
  it('lists the pages as file paths, percent-decoded', () => {
    writeManifest(['notes/a/index.html', 'entities/%D1%8F/index.html']);
    expect(readManifest(astroCacheDir)?.outputFiles).toEqual(['notes/a/index.html', 'entities/я/index.html']);
  });

  it.each([
    ['a file outside the folder', ['../outside.html']],
    ['an encoded way out', ['notes/%2E%2E/%2E%2E/x.html']],
    ['an encoded slash', ['notes/a%2Fb.html']],
    ['an absolute path', ['/etc/passwd']],
  ])('refuses a manifest with %s', (_, files) => {
    writeManifest(files);
    expect(readManifest(astroCacheDir)).toBeNull();
  });

  it('refuses a version it does not know, and a missing or broken manifest', () => {
    writeManifest(['notes/a/index.html'], 2);
    expect(readManifest(astroCacheDir)).toBeNull();
    write(path.join(astroCacheDir, 'incremental-build.json'), '{');
    expect(readManifest(astroCacheDir)).toBeNull();
    fs.rmSync(astroCacheDir, { recursive: true });
    expect(readManifest(astroCacheDir)).toBeNull();
  });
});

describe('prelinkStaging', () => {
  it('links the manifest’s pages of a site stamped as its output', () => {
    writeManifest(['notes/a/index.html', 'entities/%D1%8F/index.html', 'notes/gone/index.html']);
    stampSite(astroCacheDir, outDir);
    const linked = prelinkStaging({ outDir, staging, astroCacheDir });
    // A page missing from the site is left to Astro.
    expect(linked).toEqual(['notes/a/index.html', 'entities/я/index.html']);
    expect(inode(path.join(staging, 'entities/я/index.html'))).toBe(inode(path.join(outDir, 'entities/я/index.html')));
    expect(fs.existsSync(path.join(staging, 'rss.xml'))).toBe(false);
  });

  it('links nothing when the manifest changed after the site was stamped (a build failed after Astro wrote it)', () => {
    writeManifest(['notes/a/index.html']);
    stampSite(astroCacheDir, outDir);
    writeManifest(['notes/a/index.html', 'rss.xml']);
    expect(prelinkStaging({ outDir, staging, astroCacheDir })).toEqual([]);
    expect(fs.readdirSync(staging)).toEqual([]);
  });

  it('links nothing when another folder took the stamped one’s place (a rollback by hand, a restored backup)', () => {
    writeManifest(['notes/a/index.html']);
    stampSite(astroCacheDir, outDir);
    fs.renameSync(outDir, path.join(root, '.dist.kept'));
    fs.cpSync(path.join(root, '.dist.kept'), outDir, { recursive: true });
    expect(prelinkStaging({ outDir, staging, astroCacheDir })).toEqual([]);
  });

  it('links nothing without a stamp, or with the stamp of another output folder', () => {
    writeManifest(['notes/a/index.html']);
    expect(prelinkStaging({ outDir, staging, astroCacheDir })).toEqual([]);
    fs.mkdirSync(path.join(root, 'elsewhere'));
    stampSite(astroCacheDir, path.join(root, 'elsewhere'));
    expect(prelinkStaging({ outDir, staging, astroCacheDir })).toEqual([]);
  });
});

describe('outputCandidates', () => {
  it.each([
    ['/notes/a/', '/', ['notes/a/index.html']],
    ['/', '/', ['index.html']],
    ['/qd/notes/a/', '/qd/', ['notes/a/index.html']],
    ['/qd/', '/qd/', ['index.html']],
    ['/rss.xml', '/', ['rss.xml', 'rss.xml/index.html', 'rss.xml.html']],
    ['/qd/briefs/2025-q1/email.txt', '/qd/', ['briefs/2025-q1/email.txt', 'briefs/2025-q1/email.txt/index.html', 'briefs/2025-q1/email.txt.html']],
    ['/entities/%D1%8F/', '/', ['entities/я/index.html']],
  ])('%s (base %s)', (pathname, base, files) => {
    expect(outputCandidates(pathname, base)).toEqual(files);
  });
});

describe('unlinkBeforeRender and removeUnclaimed', () => {
  it('unlinks only linked pages, so a write makes a new file and the site keeps its own', () => {
    writeManifest(['notes/a/index.html', 'entities/%D1%8F/index.html']);
    stampSite(astroCacheDir, outDir);
    const linked = new Set(prelinkStaging({ outDir, staging, astroCacheDir }));
    unlinkBeforeRender(staging, linked, ['notes/a/index.html', 'rss.xml']);
    fs.writeFileSync(path.join(staging, 'notes/a/index.html'), 'a, again');
    expect(fs.readFileSync(path.join(outDir, 'notes/a/index.html'), 'utf8')).toBe('a');
    expect(fs.existsSync(path.join(staging, 'entities/я/index.html'))).toBe(true);
  });

  it('removes the linked pages the new manifest does not list, and the folders they leave empty', () => {
    writeManifest(['notes/a/index.html', 'entities/%D1%8F/index.html']);
    stampSite(astroCacheDir, outDir);
    const linked = prelinkStaging({ outDir, staging, astroCacheDir });
    // This build: the note is rendered again (a new file, not listed since it lost its key), the entity is gone.
    unlinkBeforeRender(staging, new Set(linked), ['notes/a/index.html']);
    fs.writeFileSync(path.join(staging, 'notes/a/index.html'), 'a, unkeyed');
    writeManifest([]);
    expect(removeUnclaimed({ outDir, staging, astroCacheDir, linked })).toEqual(['entities/я/index.html']);
    expect(fs.existsSync(path.join(staging, 'entities'))).toBe(false);
    expect(fs.readFileSync(path.join(staging, 'notes/a/index.html'), 'utf8')).toBe('a, unkeyed');
  });
});

describe('the integration, once Astro has written every page', () => {
  it('removes the unclaimed pages, and tells the build script when Astro is done', () => {
    writeManifest(['notes/a/index.html', 'entities/%D1%8F/index.html']);
    stampSite(astroCacheDir, outDir);
    const file = path.join(root, 'prelinked.json');
    writePrelinked(file, { outDir, staging, astroCacheDir, linked: prelinkStaging({ outDir, staging, astroCacheDir }) });
    writeManifest(['notes/a/index.html']);
    const told: string[] = [];
    const send = vi.fn((message: string) => {
      told.push(fs.existsSync(path.join(staging, 'entities')) ? 'before removing' : message);
      return true;
    });
    vi.stubEnv(PRELINKED_ENV, file);
    vi.stubGlobal('process', Object.assign(Object.create(process), { send, env: process.env }));
    try {
      const hooks = prelinkedStaging().hooks as Record<string, (options: unknown) => void>;
      hooks['astro:build:generated']!({ logger: { info: () => {} } as unknown as AstroIntegrationLogger });
      expect(told).toEqual([]);
      hooks['astro:build:done']!({});
    } finally {
      vi.unstubAllGlobals();
      vi.unstubAllEnvs();
    }
    expect(told).toEqual([PAGES_WRITTEN_MESSAGE]);
  });
});

describe('waitForPrelinked', () => {
  it('returns once the build script has written the staging folder\'s file, whole', async () => {
    const file = path.join(root, 'prelinked.json');
    const staged = { outDir, staging, astroCacheDir, linked: ['notes/a/index.html'] };
    setTimeout(() => writePrelinked(file, staged), 50);
    await waitForPrelinked(file, 5_000);
    expect(readPrelinked(file)).toEqual(staged);
    expect(fs.readdirSync(root)).not.toContain('prelinked.json.tmp');
  });

  it('gives up with a message when the file never comes', async () => {
    await expect(waitForPrelinked(path.join(root, 'never.json'), 50)).rejects.toThrow(/did not prepare the staging folder/);
  });
});
