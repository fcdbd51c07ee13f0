/**
 * The one place that reads the site's settings: `site.yaml` in the content folder, then the
 * environment (src/lib/config/site-config.ts says which variable does what). Parsed once
 * per process; astro.config.mjs, the routes, the integrations and the scripts import
 * `siteConfig` from here and pass it (or the part they need) into src/lib.
 *
 * An invalid site.yaml falls back to the defaults here: the content checks report its
 * problems with file and line, and stop the build before anything is rendered.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { siteFileSchema, type SiteFileData } from './lib/content/schema.ts';
import { siteFilePath } from './lib/content/layout.ts';
import { resolveSiteConfig, type Environment, type ResolvedSiteConfig } from './lib/config/site-config.ts';

export const projectRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

function readSiteFile(contentDir: string): SiteFileData | undefined {
  let text: string;
  try {
    text = readFileSync(siteFilePath(contentDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = siteFileSchema.safeParse(parse(text) ?? {});
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The settings for an environment (tests and scripts pass their own). */
export function loadSiteConfig(env: Environment = process.env, cwd = process.cwd()): ResolvedSiteConfig {
  // CONTENT_DIR decides where site.yaml is, so the folders resolve before the file is read.
  const { config: folders } = resolveSiteConfig({ file: undefined, env, projectRoot, cwd });
  return resolveSiteConfig({ file: readSiteFile(folders.contentDir), env, projectRoot, cwd });
}

/**
 * Inside Astro's build the routes run from a bundle elsewhere on disk, where this module's
 * own URL no longer says where the project is: astro.config.mjs resolves the settings
 * once and hands them to the bundle through Vite's `define` (a plain identifier, not
 * `import.meta.env`, which Vite also mirrors into process.env as a string).
 */
declare const __QD_SITE_CONFIG__: ResolvedSiteConfig | undefined;
const resolved = typeof __QD_SITE_CONFIG__ === 'undefined' ? loadSiteConfig() : __QD_SITE_CONFIG__;

/** This build's (or script's) settings. */
export const siteConfig = resolved.config;
/** Environment settings that were refused (reported by the content checks with the rest). */
export const settingProblems = resolved.problems;
