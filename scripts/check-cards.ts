/**
 * Checks a built site's social tags and cards: every web page (not the email editions) has the complete set of
 * Open Graph and Twitter tags and a canonical link, and its og:image is a file of the
 * build, a 1200×630 PNG.
 *
 *   node scripts/check-cards.ts [dist]      (default: OUT_DIR or ./dist)
 *
 * Prints one line per problem and a summary; exits 1 when there is a problem.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { selectAll, select } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/lib/cards/template.ts';
import { SOCIAL_TAG_KEYS } from '../src/lib/cards/social-tags.ts';
import { isWebPage } from '../src/lib/paths.ts';

const dist = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');

const REQUIRED = SOCIAL_TAG_KEYS;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Width and height from a PNG's IHDR chunk, or null when the file is no PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const head = readFileSync(file).subarray(0, 24);
  if (head.length < 24 || head.readUInt32BE(0) !== 0x89504e47 || head.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** The dist file an absolute URL of the site points to (the site's origin and base stripped). */
function distFile(url: URL, siteRoot: URL): string | null {
  if (url.origin !== siteRoot.origin || !url.pathname.startsWith(siteRoot.pathname)) return null;
  return path.join(dist, decodeURIComponent(url.pathname.slice(siteRoot.pathname.length)));
}

const parser = unified().use(rehypeParse);
const problems: string[] = [];
const cards = new Map<string, number>();
const pages = htmlFiles(dist).filter(isWebPage);

for (const file of pages) {
  const page = path.relative(dist, file);
  const tree = parser.parse(readFileSync(file, 'utf8'));
  const meta = new Map<string, string>();
  for (const node of selectAll('meta', tree)) {
    const key = String(node.properties.property ?? node.properties.name ?? '');
    if (key) meta.set(key, String(node.properties.content ?? ''));
  }
  for (const key of REQUIRED) if (!meta.get(key)) problems.push(`${page}: missing ${key}`);
  const canonical = select('link[rel~=canonical]', tree);
  if (!canonical) problems.push(`${page}: missing canonical link`);
  if (meta.get('twitter:card') && meta.get('twitter:card') !== 'summary_large_image') problems.push(`${page}: twitter:card is not summary_large_image`);
  if (meta.get('og:image:width') && meta.get('og:image:width') !== String(CARD_WIDTH)) problems.push(`${page}: og:image:width is not ${CARD_WIDTH}`);
  if (meta.get('og:image:height') && meta.get('og:image:height') !== String(CARD_HEIGHT)) problems.push(`${page}: og:image:height is not ${CARD_HEIGHT}`);
  const image = meta.get('og:image');
  if (!image) continue;
  if (meta.get('twitter:image') !== image) problems.push(`${page}: twitter:image differs from og:image`);
  let url: URL;
  try {
    url = new URL(image);
  } catch {
    problems.push(`${page}: og:image is not an absolute URL: ${image}`);
    continue;
  }
  // The site root is where the canonical URL's path meets the page's place in dist.
  const canonicalHref = canonical ? String(canonical.properties.href) : '';
  const pagePath = page.replace(/index\.html$/, '').replaceAll(path.sep, '/');
  const canonicalUrl = canonicalHref ? new URL(canonicalHref) : null;
  const decodedPath = canonicalUrl ? decodeURIComponent(canonicalUrl.pathname) : '';
  const root =
    canonicalUrl && decodedPath.endsWith(pagePath)
      ? new URL(canonicalUrl.pathname.slice(0, canonicalUrl.pathname.length - encodeURI(pagePath).length) || '/', canonicalUrl)
      : null;
  if (!root) {
    problems.push(`${page}: canonical URL ${canonicalHref} does not match the page's place in the build`);
    continue;
  }
  const target = distFile(url, root);
  if (!target) {
    problems.push(`${page}: og:image ${image} is not on this site`);
    continue;
  }
  let size: { width: number; height: number } | null = null;
  try {
    size = pngSize(target);
  } catch {
    problems.push(`${page}: og:image ${image} is not in the build (${path.relative(dist, target)})`);
    continue;
  }
  if (!size) problems.push(`${page}: og:image ${image} is not a PNG`);
  else if (size.width !== CARD_WIDTH || size.height !== CARD_HEIGHT) problems.push(`${page}: og:image is ${size.width}×${size.height}`);
  cards.set(target, statSync(target).size);
}

const sizes = [...cards.values()].sort((a, b) => a - b);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const problem of problems) console.log(problem);
console.log(
  `${pages.length} pages, ${cards.size} distinct cards` +
    (sizes.length
      ? `, PNG ${kb(sizes[0]!)}–${kb(sizes[sizes.length - 1]!)} (median ${kb(sizes[Math.floor(sizes.length / 2)]!)}), over 150 KB: ${sizes.filter((s) => s > 150 * 1024).length}`
      : '') +
    `, ${problems.length} problems`,
);
process.exit(problems.length ? 1 : 0);
