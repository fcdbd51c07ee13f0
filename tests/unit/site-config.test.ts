/** The site's settings: site.yaml, then the environment, one validated object. */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, SITE_DEFAULTS, normaliseBase, resolveSiteConfig } from '../../src/lib/config/site-config.ts';
import { siteFileSchema } from '../../src/lib/content/schema.ts';
import { compileCacheDir } from '../../src/lib/config/compile-cache.ts';

const resolve = (env: Record<string, string | undefined>, file = SITE_DEFAULTS) =>
  resolveSiteConfig({ file, env, projectRoot: '/project', cwd: '/work' });

describe('normaliseBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['qd', '/qd/'],
    ['/qd', '/qd/'],
    ['/qd/', '/qd/'],
    ['/a/b/', '/a/b/'],
    [' //qd// ', '/qd/'],
  ])('%j → %s', (value, base) => {
    expect(normaliseBase(value)).toBe(base);
  });
});

describe('resolveSiteConfig', () => {
  it('uses the defaults and the placeholder origin without settings', () => {
    const { config, problems } = resolve({});
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ url: PLACEHOLDER_SITE_URL, urlIsPlaceholder: true, base: '/', name: SITE_DEFAULTS.name, feedNoteLimit: 50 });
    expect(config.contentDir).toBe('/project/content');
    expect(config.outDir).toBe('/project/dist');
    expect(config.cardCacheDir).toMatch(/^\/project\/node_modules\/\.cache\/quarterdeck\/cards\/content-[0-9a-f]{10}$/);
  });

  it('takes site.yaml first, then lets SITE_URL override its url', () => {
    const file = siteFileSchema.parse({ name: 'Chip Ledger', url: 'https://chips.example.org', author: 'A. Editor' });
    expect(resolve({}, file).config).toMatchObject({ name: 'Chip Ledger', url: 'https://chips.example.org', urlIsPlaceholder: false, author: 'A. Editor' });
    expect(resolve({ SITE_URL: 'https://other.example/' }, file).config.url).toBe('https://other.example');
  });

  it('reads a path in SITE_URL as the base path', () => {
    expect(resolve({ SITE_URL: 'https://example.github.io/briefs' }).config).toMatchObject({ url: 'https://example.github.io', base: '/briefs/' });
    expect(resolve({ SITE_URL: 'https://example.github.io/briefs/', BASE_PATH: '/briefs' }).problems).toEqual([]);
  });

  it('refuses a BASE_PATH that contradicts the path of SITE_URL, naming both', () => {
    const { problems, config } = resolve({ SITE_URL: 'https://example.github.io/briefs', BASE_PATH: '/qd/' });
    expect(problems).toEqual([{ setting: 'BASE_PATH', message: '"/qd/" contradicts the path of SITE_URL (/briefs/): set the path in one place' }]);
    expect(config.base).toBe('/briefs/');
  });

  it.each(['briefs.example.com', 'ftp://example.com', 'javascript:alert(1)', 'https://example.com/?x=1'])(
    'refuses SITE_URL=%j, naming the variable, and keeps the placeholder',
    (value) => {
      const { problems, config } = resolve({ SITE_URL: value });
      expect(problems).toHaveLength(1);
      expect(problems[0]!.setting).toBe('SITE_URL');
      expect(problems[0]!.message).toContain(`got "${value}"`);
      expect(config.urlIsPlaceholder).toBe(true);
    },
  );

  it('resolves folders from the environment against the current directory', () => {
    const { config } = resolve({ CONTENT_DIR: 'my-content', OUT_DIR: '/srv/site', QD_CARD_CACHE_DIR: '.cards' });
    expect(config).toMatchObject({ contentDir: '/work/my-content', outDir: '/srv/site', cardCacheDir: '/work/.cards' });
  });
});

describe('site.yaml schema', () => {
  it('refuses unknown settings, naming them and the known ones', () => {
    const result = siteFileSchema.safeParse({ nmae: 'x' });
    expect(result.error?.issues[0]?.message).toBe(
      'has no setting "nmae": the settings are name, tagline, description, language, author, url, colors, feedNoteLimit',
    );
  });
  it.each([
    [{ language: 'not a tag!' }, 'language', 'must be a language tag such as en or de-CH, got "not a tag!"'],
    [{ colors: { accent: 'blue' } }, 'colors.accent', 'must be a colour written #rrggbb, got "blue"'],
    [{ feedNoteLimit: 0 }, 'feedNoteLimit', 'must be at least 1'],
    [{ url: 'javascript:alert(1)' }, 'url', 'must be an http(s) URL, got "javascript:alert(1)"'],
  ])('%j → %s: %s', (input, field, message) => {
    const issue = siteFileSchema.safeParse(input).error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toBe(message);
  });
});

describe('the caches', () => {
  it('are one per content folder: switching CONTENT_DIR never mixes two folders in one content store or prunes the other\'s cards', () => {
    expect(resolve({ CONTENT_DIR: 'my-content' }).config.cardCacheDir).toMatch(/\/cards\/my-content-[0-9a-f]{10}$/);
    expect(resolve({ CONTENT_DIR: 'my-content' }).config.cardCacheDir).not.toBe(resolve({}).config.cardCacheDir);
    const sample = resolve({}).config.astroCacheDir;
    const mine = resolve({ CONTENT_DIR: 'my-content' }).config.astroCacheDir;
    expect(sample).toMatch(/^\/project\/node_modules\/\.astro\/content-[0-9a-f]{10}$/);
    expect(mine).toMatch(/^\/project\/node_modules\/\.astro\/my-content-[0-9a-f]{10}$/);
    expect(resolve({ CONTENT_DIR: 'my-content' }).config.astroCacheDir).toBe(mine);
    expect(resolve({ CONTENT_DIR: '/elsewhere/content' }).config.astroCacheDir).not.toBe(sample);
    expect(resolve({ ASTRO_CACHE_DIR: '.cache/astro' }).config.astroCacheDir).toBe('/work/.cache/astro');
  });

  it('keep compiled code once per project, whatever the content folder (it holds no content)', () => {
    expect(compileCacheDir({}, '/project', '/work')).toBe('/project/node_modules/.cache/quarterdeck/compile');
    expect(compileCacheDir({ CONTENT_DIR: 'my-content' }, '/project', '/work')).toBe('/project/node_modules/.cache/quarterdeck/compile');
    expect(compileCacheDir({ QD_COMPILE_CACHE_DIR: ' cc ' }, '/project', '/work')).toBe('/work/cc');
  });
});
